package fr.journees.questions;

/** A change the answers already given forbid, said by a message key and its arguments. */
public class QuestionRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public QuestionRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
