package fr.journees.messaging;

/** Whom a message reaches by the door's record: everyone, those checked in, or those not checked in. */
public enum Presence {
    ANY, PRESENT, ABSENT
}
