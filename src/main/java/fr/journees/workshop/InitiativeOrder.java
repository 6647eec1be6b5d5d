package fr.journees.workshop;

/** A sort of the library's list, as a grid's column header asks it. */
public record InitiativeOrder(Column column, boolean descending) {

    public enum Column { TITLE, PORTEUR, ACTS_ON, TERRITORY }
}
