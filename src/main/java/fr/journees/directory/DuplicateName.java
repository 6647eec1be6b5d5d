package fr.journees.directory;

/** An organisation or a place of that name (whatever its case and accents) already exists. */
public class DuplicateName extends RuntimeException {

    private final String name;

    public DuplicateName(String name) {
        super("The name \"" + name + "\" is already taken");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
