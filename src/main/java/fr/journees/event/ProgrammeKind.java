package fr.journees.event;

public enum ProgrammeKind {
    WELCOME, PLENARY, VISIT, WORKSHOP, MEAL, CLOSING, OTHER;

    /** Visits and workshops run in parallel groups, so their slots may overlap. */
    public boolean isParallel() {
        return this == VISIT || this == WORKSHOP;
    }
}
