package fr.journees.event.ui;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.HasValue;
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
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Localized;
import fr.journees.directory.ui.Carried;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.event.EventDetails;
import fr.journees.event.EventDraft;
import fr.journees.event.EventRejected;
import fr.journees.event.EventStatus;
import fr.journees.event.OrganisationRole;

/**
 * The general information of an event: what, when, where, who, registration. The field rules are the
 * Bean Validation annotations of {@link EventDraft}; only the rules between two fields are stated here.
 */
class EventForm extends FormLayout {

    final TextField title = new TextField();
    final TextField subtitle = new TextField();
    final TextField theme = new TextField();
    final TextField slug = new TextField();
    final DatePicker date = Localized.datePicker();
    final TimePicker start = Localized.timePicker();
    final TimePicker end = Localized.timePicker();
    final ComboBox<Choice> venue = new ComboBox<>();
    final MultiSelectComboBox<Choice> organisers = Localized.multiSelect();
    final MultiSelectComboBox<Choice> partners = Localized.multiSelect();
    final DateTimePicker opensAt = Localized.dateTimePicker();
    final DateTimePicker closesAt = Localized.dateTimePicker();
    final IntegerField capacity = new IntegerField();
    final Checkbox lunch = new Checkbox();
    final IntegerField walk = new IntegerField();
    private final Carried<EventStatus> status = new Carried<>();
    private final DraftBinder<EventDraft> binder = new DraftBinder<>(EventDraft.class, this);
    private final Binder<Organisations> organisations = new Binder<>();
    private Choice venueChoice;

    /** The organisations of the day, which the event's draft does not carry. */
    static final class Organisations {
        Set<Choice> organisers = new LinkedHashSet<>();
        Set<Choice> partners = new LinkedHashSet<>();
    }

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
        choices.placesOrNew(venue);
        organisers.setId("event-organisers");
        organisers.setLabel(getTranslation("event.organisers"));
        choices.organisationsOrNew(organisers);
        partners.setId("event-partners");
        partners.setLabel(getTranslation("event.partners"));
        choices.organisationsOrNew(partners);
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
    }

    private void text(TextField field, String property) {
        binder.forField(field).withConverter(String::strip, value -> value).withNullRepresentation("")
                .bind(property);
    }

    private void bind() {
        text(title, "title");
        text(subtitle, "subtitle");
        text(theme, "theme");
        text(slug, "slug");
        binder.forField(date).bind("date");
        binder.forField(start).bind("start");
        binder.forField(end)
                .withValidator(x -> x == null || start.getValue() == null || x.isAfter(start.getValue()),
                        getTranslation("event.error.endBeforeStart"))
                .bind("end");
        start.addValueChangeListener(e -> { if (end.getValue() != null) { binder.validate(); } });
        binder.forField(venue).withConverter(choice -> choice == null ? null : choice.id(), this::venueOf)
                .bind("venuePlaceId");
        binder.forField(status).bind("status");
        binder.forField(opensAt).bind("registrationOpensAt");
        binder.forField(closesAt)
                .withValidator(x -> x == null || opensAt.getValue() == null || x.isAfter(opensAt.getValue()),
                        getTranslation("event.error.closesBeforeOpening"))
                .bind("registrationClosesAt");
        binder.forField(capacity).bind("capacity");
        binder.forField(lunch).bind("lunchOffered");
        binder.forField(walk).asRequired(getTranslation("directory.validation.NotNull")).bind("defaultWalkMinutes");
        organisations.forField(organisers).bind(o -> o.organisers, (o, x) -> o.organisers = new LinkedHashSet<>(x));
        organisations.forField(partners).bind(o -> o.partners, (o, x) -> o.partners = new LinkedHashSet<>(x));
    }

    private Choice venueOf(Long id) {
        return id == null ? null : venueChoice != null && venueChoice.id() == id ? venueChoice : null;
    }

    void edit(EventDetails event) {
        venueChoice = event.venuePlaceId() == null ? null : new Choice(event.venuePlaceId(), event.venueName());
        binder.readRecord(event.toDraft());
        var chosen = new Organisations();
        chosen.organisers = choices(event, OrganisationRole.ORGANISER);
        chosen.partners = choices(event, OrganisationRole.PARTNER);
        organisations.readBean(chosen);
    }

    /** Runs after every change the user makes. */
    void onChange(Runnable listener) {
        binder.addValueChangeListener(e -> listener.run());
        organisations.addValueChangeListener(e -> listener.run());
    }

    /** Something typed and not saved yet. */
    boolean hasChanges() {
        return binder.hasChanges() || organisations.hasChanges();
    }

    /** The draft when every field is valid; else the first wrong field has the focus and says why. */
    Optional<Result> result() {
        try {
            var draft = binder.writeRecord();
            var chosen = new Organisations();
            organisations.writeBean(chosen);
            return Optional.of(new Result(draft, chosen.organisers.stream().map(Choice::id).toList(),
                    chosen.partners.stream().map(Choice::id).toList()));
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            return Optional.empty();
        }
    }

    record Result(EventDraft draft, List<Long> organiserIds, List<Long> partnerIds) {
    }

    void show(EventRejected rejected) {
        HasValue<?, ?> field = switch (rejected.reason()) {
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
}
