package fr.journees.base.ui;

/** Something picked in a combo box by id; two choices of the same id are the same choice. */
public record Choice(long id, String label) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return label;
    }
}
