package fr.journees.funding.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.funding.FunderLine;
import fr.journees.funding.SelfFinancingDraft;

/** What the project holder pays itself: an amount (and the rate its agreement states, to check it). */
class SelfFinancingForm extends VerticalLayout {

    private final DraftBinder<SelfFinancingDraft> binder = new DraftBinder<>(SelfFinancingDraft.class, this);
    private final BigDecimalField amount = new BigDecimalField();
    private final Button save;

    SelfFinancingForm(Consumer<SelfFinancingDraft> onSave) {
        setId("self-financing-form");
        setPadding(false);
        amount.setId("self-financing-amount");
        amount.setLabel(getTranslation("funding.selfFinancing.amount"));
        var typedRate = new BigDecimalField(getTranslation("funding.selfFinancing.typedRate"));
        typedRate.setId("self-financing-typedRate");
        typedRate.setWidth("19em");
        binder.forField(amount).bind("amount");
        binder.forField(typedRate).bind("typedRate");
        var save = new Button(getTranslation("funding.selfFinancing.save"), click -> {
            try {
                onSave.accept(binder.writeRecord());
            } catch (ValidationException invalid) {
                amount.focus();
            }
        });
        save.setId("self-financing-save");
        var row = new HorizontalLayout(amount, typedRate, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("funding.self")), row);
        this.save = save;
    }

    void show(FunderLine line) {
        binder.readRecord(line == null ? new SelfFinancingDraft(null, null)
                : new SelfFinancingDraft(line.amount(), line.typedRate()));
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        save.setVisible(editable);
    }
}
