package fr.journees.base.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * A part of a view holding typed text not saved yet. Leaving it (another tab, the menu) asks first;
 * closing or reloading the browser's page gets the browser's own question while something is unsaved.
 */
public interface UnsavedChanges {

    boolean hasUnsavedChanges();

    /** Whether that component, or one inside it, holds something unsaved. */
    static boolean anyIn(Component root) {
        if (root instanceof UnsavedChanges part && part.hasUnsavedChanges()) {
            return true;
        }
        return root.getChildren().anyMatch(UnsavedChanges::anyIn);
    }

    /**
     * Before leaving a view: if something inside it is unsaved, the navigation waits for the user's
     * answer; staying runs onStay (to put the tab back), leaving goes on.
     */
    static void askBeforeLeaving(BeforeLeaveEvent event, Component root, Runnable onStay) {
        if (!anyIn(root)) {
            return;
        }
        var action = event.postpone();
        var dialog = Confirm.action("unsaved-changes", root.getTranslation("unsaved.title"),
                root.getTranslation("unsaved.text"), root.getTranslation("unsaved.leave"), () -> {
                    guardBrowserClose(root, false);
                    action.proceed();
                });
        dialog.setCancelText(root.getTranslation("unsaved.stay"));
        dialog.addCancelListener(e -> onStay.run());
    }

    /**
     * A dialog holding a form: Escape, "Annuler" (through {@link #closeAsking}) and the browser's close
     * ask first while {@code unsaved} says something typed would be lost; a save closes it with
     * {@link Dialog#close()} as before.
     */
    static void guard(Dialog dialog, BooleanSupplier unsaved) {
        dialog.addDialogCloseActionListener(e -> closeAsking(dialog, unsaved));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                guardBrowserClose(dialog, false);
            }
        });
    }

    /**
     * The usual dialog around a form, reopened for each entry: guarded as {@link #guard} says, what was
     * typed counted from each opening; runs of the returned action close it, asking first.
     */
    static Runnable guardForm(Dialog dialog, Component form) {
        var typed = Typed.in(form, dialog);
        guard(dialog, typed::changed);
        dialog.addOpenedChangeListener(e -> typed.reset());
        return () -> closeAsking(dialog, typed::changed);
    }

    /** Closes the dialog, first asking when something typed in it would be lost. */
    static void closeAsking(Dialog dialog, BooleanSupplier unsaved) {
        if (!unsaved.getAsBoolean()) {
            dialog.close();
            return;
        }
        var ask = Confirm.action("unsaved-dialog", dialog.getTranslation("unsaved.title"),
                dialog.getTranslation("unsaved.dialog.text"), dialog.getTranslation("unsaved.dialog.drop"), dialog::close);
        ask.setCancelText(dialog.getTranslation("unsaved.dialog.keep"));
    }

    /** Whether the user changed a field inside a component (a value set by the program does not count). */
    final class Typed {
        private boolean changed;

        /** Watches every field inside the component for a change made by the user. */
        public static Typed in(Component root, Component browserGuard) {
            var typed = new Typed();
            watch(root, typed, browserGuard);
            return typed;
        }

        private static void watch(Component component, Typed typed, Component browserGuard) {
            if (component instanceof HasValue<?, ?> field) {
                field.addValueChangeListener(e -> {
                    if (e.isFromClient() && !typed.changed) {
                        typed.changed = true;
                        guardBrowserClose(browserGuard, true);
                    }
                });
            }
            component.getChildren().forEach(child -> watch(child, typed, browserGuard));
        }

        public boolean changed() {
            return changed;
        }

        /** After a save or a fresh fill: nothing typed since. */
        public void reset() {
            changed = false;
        }
    }

    /** Arms (or disarms) the browser's "leave this page?" question. */
    static void guardBrowserClose(Component component, boolean unsaved) {
        component.getElement().executeJs("if (!window.journeesUnsavedGuard) {"
                + " window.journeesUnsavedGuard = true;"
                + " window.addEventListener('beforeunload', e => {"
                + "  if (window.journeesUnsaved) { e.preventDefault(); e.returnValue = ''; } }); }"
                + " window.journeesUnsaved = $0;", unsaved);
    }
}
