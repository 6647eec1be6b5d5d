package fr.journees.mail;

import static fr.journees.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import fr.journees.support.JourneesSpringTest;
import jakarta.mail.internet.MimeMessage;

/**
 * Two application nodes on one database each run an outbox sender: the same due mails, tried by both at the
 * same moment, leave once each (GreenMail counts what arrives).
 */
@JourneesSpringTest
@Tag("database")
class OutboxOnTwoNodesTest {

    private static final int MAILS = 30;

    @Autowired MailRepository outbox;
    @Autowired ObjectProvider<JavaMailSender> smtpOfTheContext;
    @Autowired DSLContext dsl;

    GreenMail smtp;
    JavaMailSenderImpl toGreenMail;
    final List<Long> queued = new ArrayList<>();

    @BeforeEach
    void startSmtp() throws Exception {
        smtp = LocalSmtp.start();
        toGreenMail = LocalSmtp.senderTo(smtp);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.in(queued)).execute();
    }

    @Test
    void two_nodes_delivering_the_same_due_mails_at_once_send_each_exactly_once() throws Exception {
        for (int i = 0; i < MAILS; i++) {
            queued.add(outbox.insert(new OutgoingMail("personne" + i + "@deux-noeuds.test", "Rappel deux noeuds " + i,
                    "Bonjour " + i, null, null, null, null), MailStatus.PENDING));
        }
        var nodeA = new OutboxSender(outbox, smtpOfTheContext, "Journées <no-reply@journees.test>", 10_000);
        var nodeB = new OutboxSender(outbox, smtpOfTheContext, "Journées <no-reply@journees.test>", 10_000);

        var both = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Each node walks the due mails in its own order, so that they meet on every mail, not only the first.
            var sentByA = pool.submit(() -> deliverAll(nodeA, both, new ArrayList<>(queued)));
            var reversed = new ArrayList<>(queued);
            Collections.reverse(reversed);
            var sentByB = pool.submit(() -> deliverAll(nodeB, both, reversed));
            assertThat(sentByA.get(60, TimeUnit.SECONDS) + sentByB.get(60, TimeUnit.SECONDS))
                    .as("deliveries the two nodes report").isEqualTo(MAILS);
        } finally {
            pool.shutdownNow();
            nodeA.stop();
            nodeB.stop();
        }

        smtp.waitForIncomingEmail(5_000, MAILS);
        var received = new ArrayList<String>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().startsWith("Rappel deux noeuds ")) {
                received.add(message.getSubject());
            }
        }
        assertThat(received.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .as("mails received, by subject").hasSize(MAILS).allSatisfy((subject, times) -> assertThat(times)
                        .as(subject).isEqualTo(1));
        assertThat(queued).allSatisfy(id -> {
            var mail = outbox.byId(id).orElseThrow();
            assertThat(mail.status()).isEqualTo(MailStatus.SENT);
            assertThat(mail.attempts()).isEqualTo(1);
        });
    }

    private int deliverAll(OutboxSender node, CyclicBarrier both, List<Long> ids) throws Exception {
        both.await(10, TimeUnit.SECONDS);
        int sent = 0;
        for (long id : ids) {
            if (node.deliver(id, toGreenMail)) {
                sent++;
            }
        }
        return sent;
    }
}
