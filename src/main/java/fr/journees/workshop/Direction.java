package fr.journees.workshop;

/** Which way an item moves in an ordered list: towards the start or towards the end. */
public enum Direction {
    UP, DOWN
}
