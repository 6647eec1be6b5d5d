package fr.journees.documents.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import fr.journees.event.EventHeader;
import fr.journees.itinerary.ItineraryView;
import fr.journees.sheets.SheetScope;
import fr.journees.sheets.SheetsService;
import fr.journees.workshop.WorkshopView;

/** Sign-in sheets and badges for the whole day, one itinerary or one workshop. */
class SheetsSection extends VerticalLayout {

    record Scope(String label, SheetScope scope, String slug) {
    }

    SheetsSection(EventHeader event, SheetsService sheets, List<ItineraryView> itineraries,
                  List<WorkshopView> workshops, DocumentsPanel panel) {
        setPadding(false);
        var scopes = new ArrayList<Scope>();
        scopes.add(new Scope(getTranslation("outputs.sheets.whole-day"), new SheetScope.WholeDay(), "journee"));
        itineraries.forEach(i -> scopes.add(new Scope(i.name(), new SheetScope.Itinerary(i.id()), "parcours-" + i.id())));
        workshops.forEach(w -> scopes.add(new Scope(getTranslation("outputs.sheets.workshop", w.title()),
                new SheetScope.Workshop(w.id()), "atelier-" + w.id())));
        var scope = new Select<Scope>();
        scope.setId("sheets-scope");
        scope.setLabel(getTranslation("outputs.documents.sheets.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        scope.setValue(scopes.get(0));
        scope.setWidth("22em");
        var qr = new Checkbox(getTranslation("outputs.documents.badges.qr"), true);
        qr.setId("badges-qr");
        var locale = getLocale();
        var signIn = new Button(getTranslation("outputs.sheets.sign-in"), click -> panel.start(click.getSource(),
                "emargement-" + event.slug() + "-" + scope.getValue().slug() + ".pdf", DocumentsPanel.PDF,
                () -> sheets.signInSheet(event.id(), scope.getValue().scope(), locale)));
        signIn.setId("sheets-sign-in");
        var badges = new Button(getTranslation("outputs.sheets.badges"), click -> panel.start(click.getSource(),
                "badges-" + event.slug() + "-" + scope.getValue().slug() + ".pdf", DocumentsPanel.PDF,
                () -> sheets.badges(event.id(), scope.getValue().scope(), qr.getValue(), locale)));
        badges.setId("sheets-badges");
        var row = new HorizontalLayout(scope, qr, signIn, badges);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("outputs.documents.sheets")), row);
    }
}
