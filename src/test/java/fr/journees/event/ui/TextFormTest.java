package fr.journees.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import fr.journees.event.TextSection;
import fr.journees.support.BundleI18nProvider;

class TextFormTest {

    TextForm form;

    @BeforeEach
    void openANewText() {
        BundleI18nProvider.setUpFrench();
        form = new TextForm();
        UI.getCurrent().add(form);
        form.edit(null);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_text_needs_a_title_and_a_body() {
        assertThat(form.draft()).isEmpty();
        assertThat(form.title.getErrorMessage()).isEqualTo("Donnez un titre au texte.");
        form.title.setValue("Le mot d’accueil");
        form.body.setValue("   ");
        assertThat(form.draft()).isEmpty();
        assertThat(form.body.isInvalid()).isTrue();
    }

    @Test
    void an_author_line_longer_than_the_record_allows_is_refused_and_kept() {
        form.title.setValue("Le mot d’accueil");
        form.body.setValue("Bienvenue.");
        form.author.setValue("a".repeat(501));
        assertThat(form.draft()).isEmpty();
        assertThat(form.author.getErrorMessage()).isEqualTo("500 caractères au maximum.");
    }

    @Test
    void a_filled_text_keeps_the_bodys_spacing_and_drops_an_empty_author_line() {
        form.title.setValue(" Le mot d’accueil ");
        form.body.setValue("Bienvenue.\n\n  Deuxième paragraphe.");
        var draft = form.draft().orElseThrow();
        assertThat(draft.section()).isEqualTo(TextSection.INTRODUCTION);
        assertThat(draft.title()).isEqualTo("Le mot d’accueil");
        assertThat(draft.authorLine()).isNull();
        assertThat(draft.body()).isEqualTo("Bienvenue.\n\n  Deuxième paragraphe.");
    }
}
