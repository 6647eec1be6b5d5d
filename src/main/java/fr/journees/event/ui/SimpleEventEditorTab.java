package fr.journees.event.ui;

/** A tab whose URL segment, label and position are fixed: contributors only say how to build it. */
public abstract class SimpleEventEditorTab implements EventEditorTab {

    private final String id;
    private final String titleKey;
    private final int order;

    protected SimpleEventEditorTab(String id, String titleKey, int order) {
        this.id = id;
        this.titleKey = titleKey;
        this.order = order;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final int order() {
        return order;
    }
}
