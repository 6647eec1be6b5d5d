package fr.journees.messaging;

import java.time.LocalDateTime;

/** A message as sent: its text with placeholders, to whom (described) and how many, by whom, when. */
public record SentMessage(long id, String subject, String body, String audience, int recipientCount, String sentBy,
                          LocalDateTime sentAt) {
}
