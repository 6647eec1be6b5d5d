package fr.journees.event.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;

import fr.journees.event.DayFact;
import fr.journees.event.DayFacts;
import fr.journees.event.EventSummary;

/** The organisers' next days as cards: fill rate and waitlist, what is missing, fiches waiting. */
class UpcomingDays extends Div {

    static final int SHOWN = 6;

    UpcomingDays(List<EventSummary> days, List<DayFacts> facts) {
        setId("home-upcoming");
        setWidthFull();
        add(new H2(getTranslation("home.upcoming")));
        if (days.isEmpty()) {
            var empty = new Paragraph(getTranslation("home.upcoming.empty"));
            empty.setId("home-upcoming-empty");
            add(empty);
            return;
        }
        var cards = new Div();
        cards.addClassName("cards");
        days.forEach(day -> cards.add(card(day, facts)));
        add(cards);
    }

    private Div card(EventSummary day, List<DayFacts> contributors) {
        var card = new Div();
        card.addClassNames("card", "day-card", "clickable-rows");
        card.setId("day-card-" + day.id());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        var when = new Span(dates.format(day.date()));
        when.addClassName("day-card-date");
        var status = new Span(getTranslation("event.status." + day.status().name()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("status-" + day.status().name().toLowerCase());
        var head = new Div(when, status);
        head.addClassName("day-card-head");
        var facts = new ArrayList<DayFact>();
        contributors.forEach(c -> facts.addAll(c.ofDay(day)));
        card.add(head, new H3(day.title()), list(facts));
        card.getElement().addEventListener("click", click -> card.getUI().ifPresent(ui ->
                ui.navigate(EventEditorView.class, EventEditorView.parameters(day.id()))));
        return card;
    }

    static UnorderedList list(List<DayFact> facts) {
        var list = new UnorderedList();
        list.addClassName("day-facts");
        for (var fact : facts) {
            var item = new ListItem();
            item.addClassName("fact-" + fact.kind().name().toLowerCase());
            if (fact.kind() == DayFact.Kind.MISSING) {
                var todo = new Span(item.getTranslation("home.fact.todo"));
                todo.getElement().getThemeList().add("badge contrast small");
                item.add(todo);
            }
            item.add(new Span(item.getTranslation(fact.key(), fact.args().toArray())));
            if (fact.gauge() != null) {
                var bar = new ProgressBar(0, 1, fact.gauge());
                if (fact.gauge() >= 1) {
                    bar.addThemeName("error");
                }
                item.add(bar);
            }
            list.add(item);
        }
        return list;
    }
}
