package fr.journees.chantier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;

import fr.journees.chantier.ChantierFixture;
import fr.journees.event.EventSharing;
import fr.journees.event.EventStatus;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The organiser publishes the banque de projets on the day's page from the Restitution tab, or withdraws it. */
@Tag("database")
class BanquePublicationTest extends KaribuTest {

    @Autowired EventSharing sharing;
    @Autowired DSLContext dsl;

    ChantierFixture f;

    @BeforeEach
    void anOrganiserOnTheRestitutionTab() {
        f = ChantierFixture.create(dsl);
        login(f.organiser(), Roles.ORGANISER);
        UI.getCurrent().navigate("evenements/" + f.eventId() + "/restitution");
    }

    @AfterEach
    void removeIt() {
        f.delete(dsl);
    }

    @Test
    void ticking_the_box_publishes_the_banque_and_unticking_withdraws_it() {
        var box = publish();
        assertThat(box.getValue()).isFalse();

        _setValue(box, true);
        assertThat(sharing.banquePublic(f.eventId())).isTrue();
        NotificationsKt.expectNotifications("La banque de projets est publiée sur la page de la journée.");

        _setValue(box, false);
        assertThat(sharing.banquePublic(f.eventId())).isFalse();
        NotificationsKt.expectNotifications("La banque de projets n’est plus publiée.");
    }

    @Test
    void a_day_archived_meanwhile_says_so_in_french_and_the_box_goes_back() {
        var box = publish();
        dsl.update(EVENT).set(EVENT.STATUS, EventStatus.ARCHIVED.name()).where(EVENT.ID.eq(f.eventId())).execute();

        _setValue(box, true);

        NotificationsKt.expectNotifications("Cette journée est archivée (ou a été supprimée) : elle ne se modifie plus "
                + "et la banque de projets reste telle quelle. Désarchivez-la d’abord pour la publier ou la retirer.");
        assertThat(box.getValue()).isFalse();
        assertThat(box.isReadOnly()).isTrue();
        assertThat(sharing.banquePublic(f.eventId())).isFalse();
    }

    @Test
    void the_box_of_an_archived_day_cannot_be_changed() {
        dsl.update(EVENT).set(EVENT.STATUS, EventStatus.ARCHIVED.name()).where(EVENT.ID.eq(f.eventId())).execute();
        UI.getCurrent().navigate("evenements/" + f.eventId() + "/restitution");

        assertThat(publish().isReadOnly()).isTrue();
    }

    private static Checkbox publish() {
        return _get(Checkbox.class, spec -> spec.withId("banque-public"));
    }
}
