package fr.journees.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** "FR | EN": the current language is pressed, the other one switches. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch() {
        setId("language-switch");
        setSpacing(false);
        addClassName("language-switch");
        for (Locale locale : Languages.SUPPORTED) {
            var button = new Button(locale.getLanguage().toUpperCase(Locale.ROOT), e -> Languages.switchTo(locale));
            button.setId("language-" + locale.getLanguage());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", locale.getLanguage());
            button.getElement().setAttribute("aria-label", getTranslation("language." + locale.getLanguage()));
            boolean current = locale.getLanguage().equals(getLocale().getLanguage());
            button.getElement().setAttribute("aria-pressed", String.valueOf(current));
            if (current) {
                button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            }
            add(button);
        }
    }
}
