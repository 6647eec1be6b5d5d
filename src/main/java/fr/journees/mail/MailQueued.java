package fr.journees.mail;

/** Published inside the queuing transaction; the sender acts on it once that transaction has committed. */
record MailQueued(long mailId) {
}
