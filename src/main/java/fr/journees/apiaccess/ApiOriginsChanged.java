package fr.journees.apiaccess;

/** Published when an origin is added or removed; the allowed-origins cache reloads once the change commits. */
record ApiOriginsChanged() {
}
