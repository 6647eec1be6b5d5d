package fr.journees.registration;

/** The kind of structure a participant comes from, as the funders' report counts them. */
public enum StructureKind {
    LOCAL_AUTHORITY, STATE, ASSOCIATION, COMPANY, RESIDENT, OTHER;

    public String labelKey() {
        return "registration.structureKind." + name();
    }
}
