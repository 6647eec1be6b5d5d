package fr.journees.messaging;

/** A message that cannot go: nobody matches its audience. The key names the French sentence the UI shows. */
public class MessageRefused extends RuntimeException {

    private final String key;

    public MessageRefused(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
