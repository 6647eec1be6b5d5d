package fr.journees.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import fr.journees.mail.MailService;
import fr.journees.mail.OutboxMail;
import fr.journees.mail.OutgoingMail;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class OutboxViewTest extends KaribuTest {

    @Autowired MailService mails;

    @Test
    @SuppressWarnings("unchecked")
    void organisers_read_the_kept_mails() {
        mails.queue(new OutgoingMail("lecture@example.test", "Courriel à lire", "Bonjour", null, null, null, null));
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate("courriels");

        Grid<OutboxMail> grid = _get(Grid.class, s -> s.withId("outbox-grid"));
        var first = GridKt._get(grid, 0);
        assertThat(first.subject()).isEqualTo("Courriel à lire");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Conservé");
    }

    @Test
    void a_facilitator_is_refused() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("courriels")).hasMessageContaining("Access is denied");
    }
}
