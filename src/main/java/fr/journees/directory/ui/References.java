package fr.journees.directory.ui;

import com.vaadin.flow.component.Component;

import fr.journees.directory.StillReferenced;

/** Says in words why a deletion was refused: "… encore utilisé par un créneau de programme et 2 étapes de parcours." */
final class References {

    private References() {
    }

    static String refusal(Component in, String entity, StillReferenced refused) {
        var parts = refused.references().entrySet().stream()
                .map(e -> in.getTranslation("directory.reference." + e.getKey().name(), e.getValue()))
                .toList();
        var last = parts.getLast();
        var list = parts.size() == 1 ? last : String.join(", ", parts.subList(0, parts.size() - 1))
                + " " + in.getTranslation("directory.and") + " " + last;
        return in.getTranslation(entity + ".delete.refused", refused.name(), list);
    }
}
