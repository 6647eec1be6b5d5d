package fr.journees.event.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.RegexpValidator;

import fr.journees.base.ui.Choice;
import fr.journees.event.EventDetails;
import fr.journees.event.EventDraft;
import fr.journees.event.EventRejected;
import fr.journees.event.OrganisationRole;

/** The general information of an event: what, when, where, who, registration. */
class EventForm extends FormLayout {

    static final class Values {
        String title = "";
        String subtitle = "";
        String theme = "";
        String slug = "";
        LocalDate date;
        LocalTime start;
        LocalTime end;
        Choice venue;
        Set<Choice> organisers = new LinkedHashSet<>();
        Set<Choice> partners = new LinkedHashSet<>();
        LocalDateTime opensAt;
        LocalDateTime closesAt;
        Integer capacity;
        boolean lunch;
        Integer walk = 5;
    }

    final TextField title = new TextField();
    final TextField subtitle = new TextField();
    final TextField theme = new TextField();
    final TextField slug = new TextField();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final ComboBox<Choice> venue = new ComboBox<>();
    final MultiSelectComboBox<Choice> organisers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> partners = new MultiSelectComboBox<>();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final Checkbox lunch = new Checkbox();
    final IntegerField walk = new IntegerField();
    private final Binder<Values> binder = new Binder<>();
    private Values values = new Values();

    EventForm(DirectoryChoices choices) {
        setId("event-form");
        label(title, "event-title-field", "event.field.title");
        label(subtitle, "event-subtitle", "event.field.subtitle");
        label(theme, "event-theme", "event.field.theme");
        label(slug, "event-slug", "event.field.slug");
        slug.setHelperText(getTranslation("event.field.slug.help"));
        date.setId("event-date");
        date.setLabel(getTranslation("event.date"));
        start.setId("event-start");
        start.setLabel(getTranslation("event.field.start"));
        end.setId("event-end");
        end.setLabel(getTranslation("event.field.end"));
        start.setStep(Duration.ofMinutes(5));
        end.setStep(Duration.ofMinutes(5));
        venue.setId("event-venue");
        venue.setLabel(getTranslation("event.venue"));
        choices.places(venue);
        organisers.setId("event-organisers");
        organisers.setLabel(getTranslation("event.organisers"));
        choices.organisations(organisers);
        partners.setId("event-partners");
        partners.setLabel(getTranslation("event.partners"));
        choices.organisations(partners);
        opensAt.setId("event-opens");
        opensAt.setLabel(getTranslation("event.field.opens"));
        closesAt.setId("event-closes");
        closesAt.setLabel(getTranslation("event.field.closes"));
        capacity.setId("event-capacity");
        capacity.setLabel(getTranslation("event.field.capacity"));
        capacity.setHelperText(getTranslation("event.field.capacity.help"));
        lunch.setId("event-lunch");
        lunch.setLabel(getTranslation("event.field.lunch"));
        walk.setId("event-walk");
        walk.setLabel(getTranslation("event.field.walk"));
        walk.setHelperText(getTranslation("event.field.walk.help"));
        add(title, subtitle, theme, slug, date, venue, start, end, organisers, partners, opensAt, closesAt, capacity,
                walk, lunch);
        setColspan(title, 2);
        bind();
    }

    private void label(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMaxLength(300);
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("event.error.title")).bind(v -> v.title, (v, x) -> v.title = x);
        binder.forField(subtitle).bind(v -> v.subtitle, (v, x) -> v.subtitle = x);
        binder.forField(theme).bind(v -> v.theme, (v, x) -> v.theme = x);
        binder.forField(slug).asRequired(getTranslation("event.error.slug"))
                .withValidator(new RegexpValidator(getTranslation("event.error.slugFormat"), "[a-z0-9]+(-[a-z0-9]+)*"))
                .bind(v -> v.slug, (v, x) -> v.slug = x);
        binder.forField(date).asRequired(getTranslation("event.error.date")).bind(v -> v.date, (v, x) -> v.date = x);
        binder.forField(start).asRequired(getTranslation("event.error.start")).bind(v -> v.start, (v, x) -> v.start = x);
        binder.forField(end).asRequired(getTranslation("event.error.end"))
                .withValidator(x -> start.getValue() == null || x.isAfter(start.getValue()),
                        getTranslation("event.error.endBeforeStart"))
                .bind(v -> v.end, (v, x) -> v.end = x);
        binder.forField(venue).bind(v -> v.venue, (v, x) -> v.venue = x);
        binder.forField(organisers).bind(v -> v.organisers, (v, x) -> v.organisers = new LinkedHashSet<>(x));
        binder.forField(partners).bind(v -> v.partners, (v, x) -> v.partners = new LinkedHashSet<>(x));
        binder.forField(opensAt).bind(v -> v.opensAt, (v, x) -> v.opensAt = x);
        binder.forField(closesAt)
                .withValidator(x -> x == null || opensAt.getValue() == null || x.isAfter(opensAt.getValue()),
                        getTranslation("event.error.closesBeforeOpening"))
                .bind(v -> v.closesAt, (v, x) -> v.closesAt = x);
        binder.forField(capacity)
                .withValidator(new IntegerRangeValidator(getTranslation("event.error.capacity"), 0, 1_000_000))
                .bind(v -> v.capacity, (v, x) -> v.capacity = x);
        binder.forField(walk).asRequired(getTranslation("event.error.walk"))
                .withValidator(new IntegerRangeValidator(getTranslation("event.error.walk"), 0, 240))
                .bind(v -> v.walk, (v, x) -> v.walk = x);
        binder.forField(lunch).bind(v -> v.lunch, (v, x) -> v.lunch = x);
    }

    void edit(EventDetails event) {
        values = new Values();
        values.title = event.title();
        values.subtitle = nullToEmpty(event.subtitle());
        values.theme = nullToEmpty(event.theme());
        values.slug = event.slug();
        values.date = event.date();
        values.start = event.start();
        values.end = event.end();
        values.venue = event.venuePlaceId() == null ? null : new Choice(event.venuePlaceId(), event.venueName());
        values.organisers = choices(event, OrganisationRole.ORGANISER);
        values.partners = choices(event, OrganisationRole.PARTNER);
        values.opensAt = event.registrationOpensAt();
        values.closesAt = event.registrationClosesAt();
        values.capacity = event.capacity();
        values.lunch = event.lunchOffered();
        values.walk = event.defaultWalkMinutes();
        binder.readBean(values);
    }

    /** The draft (keeping the status it is given) when every field is valid. */
    Optional<Result> result(EventDetails current) {
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        var draft = new EventDraft(values.slug, values.title, blankToNull(values.subtitle), blankToNull(values.theme),
                values.date, values.start, values.end, values.venue == null ? null : values.venue.id(),
                current.status(), values.opensAt, values.closesAt, values.capacity, values.lunch, values.walk);
        return Optional.of(new Result(draft, values.organisers.stream().map(Choice::id).toList(),
                values.partners.stream().map(Choice::id).toList()));
    }

    record Result(EventDraft draft, java.util.List<Long> organiserIds, java.util.List<Long> partnerIds) {
    }

    void show(EventRejected rejected) {
        var field = switch (rejected.reason()) {
            case SLUG_TAKEN -> slug;
            case ENDS_BEFORE_START -> end;
            case REGISTRATION_CLOSES_BEFORE_OPENING -> closesAt;
            case STATUS_NOT_ALLOWED, BAD_COLOUR, BAD_LOGO, LOGO_TOO_LARGE -> null;
        };
        if (field instanceof com.vaadin.flow.component.HasValidation invalid) {
            invalid.setErrorMessage(getTranslation("event.error." + rejected.reason().name()));
            invalid.setInvalid(true);
        }
    }

    private static Set<Choice> choices(EventDetails event, OrganisationRole role) {
        return new LinkedHashSet<>(event.organisations().stream().filter(o -> o.role() == role)
                .map(o -> new Choice(o.organisationId(), o.name())).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
