package fr.journees.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The one way the UI tells the user that something worked or went wrong. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static void show(String message, NotificationVariant variant, int durationMillis) {
        var notification = new Notification(message, durationMillis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
    }
}
