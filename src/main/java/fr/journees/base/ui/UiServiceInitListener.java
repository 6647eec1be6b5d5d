package fr.journees.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Every session gets the shared error handler and the language chosen earlier (French otherwise). */
@Component
class UiServiceInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var errorHandler = new UiErrorHandler();
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(errorHandler);
            init.getSession().setLocale(Languages.fromRequest(init.getRequest()));
        });
        // Vaadin would otherwise negotiate the browser's language: French stays first unless chosen.
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }
}
