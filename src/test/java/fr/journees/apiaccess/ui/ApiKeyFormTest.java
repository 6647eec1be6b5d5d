package fr.journees.apiaccess.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.base.ui.Choice;
import fr.journees.support.BundleI18nProvider;

/** The form alone, without Spring, speaking French through the application's bundles. */
class ApiKeyFormTest {

    static final List<Choice> EVENTS = List.of(new Choice(7, "Visite de Bayonne"), new Choice(8, "Journée de Pau"));

    ApiKeyForm form;
    List<ApiKeyDraft> created = new ArrayList<>();
    int closed;

    @BeforeEach
    void setUp() {
        BundleI18nProvider.setUpFrench();
        form = new ApiKeyForm((filter, offset, limit) -> EVENTS.stream()
                .filter(c -> filter == null || c.label().contains(filter)).skip(offset).limit(limit).toList(),
                filter -> (int) EVENTS.stream().filter(c -> filter == null || c.label().contains(filter)).count());
        form.addCreateListener(e -> created.add(e.draft()));
        form.addCloseListener(e -> closed++);
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_key_without_event_reads_every_event() {
        _setValue(name(), "  Tableau de bord ");
        _click(create());

        assertThat(created).containsExactly(new ApiKeyDraft("  Tableau de bord ", null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_key_may_be_limited_to_one_event() {
        _setValue(name(), "Agenda de Pau");
        var event = (ComboBox<Choice>) _get(ComboBox.class, s -> s.withId("api-key-event"));
        ComboBoxKt.setUserInput(event, "Pau");
        _setValue(event, ComboBoxKt.getSuggestionItems(event).get(0));
        _click(create());

        assertThat(created).containsExactly(new ApiKeyDraft("Agenda de Pau", 8L));
    }

    @Test
    void a_key_needs_a_name() {
        _click(create());

        assertThat(created).isEmpty();
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Donnez un nom à la clé.");
    }

    @Test
    void cancel_closes_without_creating() {
        _setValue(name(), "Abandonnée");
        _click(_get(Button.class, s -> s.withId("api-key-cancel")));

        assertThat(created).isEmpty();
        assertThat(closed).isEqualTo(1);
    }

    private TextField name() {
        return _get(TextField.class, s -> s.withId("api-key-name"));
    }

    private Button create() {
        return _get(Button.class, s -> s.withId("api-key-create"));
    }
}
