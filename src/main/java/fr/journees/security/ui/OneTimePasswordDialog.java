package fr.journees.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.security.OneTimePassword;

/**
 * Shows a generated password the only time it exists in clear, for the organiser to pass on
 * (e-mail sending arrives with registrations); its owner must replace it at first login.
 */
public class OneTimePasswordDialog extends Dialog {

    public OneTimePasswordDialog(String displayName, OneTimePassword issued) {
        setId("one-time-password-dialog");
        setHeaderTitle(getTranslation("account.otp.title"));
        var password = new TextField(getTranslation("account.otp.password"));
        password.setId("one-time-password");
        password.setValue(issued.password());
        password.setReadOnly(true);
        password.setWidthFull();
        password.addFocusListener(e -> password.getElement().executeJs("this.inputElement.select()"));
        add(new Paragraph(getTranslation("account.otp.text", displayName, issued.email())), password,
                new Paragraph(getTranslation("account.otp.once")));
        var close = new Button(getTranslation("account.otp.close"), e -> close());
        close.setId("one-time-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
        setMaxWidth("32rem");
    }
}
