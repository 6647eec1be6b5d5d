package fr.journees.apiaccess.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.apiaccess.CreatedApiKey;
import fr.journees.base.ui.Notifications;

/** Shows a new key's secret the only time it exists in clear; the database keeps only its hash. */
class ApiKeySecretDialog extends Dialog {

    ApiKeySecretDialog(String keyName, CreatedApiKey created) {
        setId("api-key-secret-dialog");
        setHeaderTitle(getTranslation("api.key.secret.title"));
        var secret = new TextField(getTranslation("api.key.secret.label"));
        secret.setId("api-key-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(keyName);
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        var copy = new Button(getTranslation("api.key.secret.copy"), VaadinIcon.COPY.create(),
                e -> Notifications.success(getTranslation("api.key.secret.copied")));
        copy.setId("api-key-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // Copied in the browser, within the click itself (Safari refuses the clipboard outside a user gesture);
        // without the Clipboard API (plain http), the old select-and-copy.
        copy.getElement().executeJs("""
                this.addEventListener('click', () => {
                    const input = $0.inputElement;
                    if (navigator.clipboard && window.isSecureContext) {
                        navigator.clipboard.writeText(input.value);
                    } else {
                        input.select();
                        document.execCommand('copy');
                    }
                });""", secret.getElement());
        secret.setSuffixComponent(copy);
        var once = new Paragraph(getTranslation("api.key.secret.once"));
        once.setId("api-key-secret-warning");
        once.getElement().setAttribute("role", "alert");
        once.getStyle().set("color", "var(--lumo-error-text-color)");
        add(secret, once, new Paragraph(getTranslation("api.key.secret.share")));
        var done = new Button(getTranslation("api.key.secret.done"), e -> close());
        done.setId("api-key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setMaxWidth("36rem");
    }
}
