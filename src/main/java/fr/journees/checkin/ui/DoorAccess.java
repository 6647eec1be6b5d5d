package fr.journees.checkin.ui;

import java.util.function.BooleanSupplier;

/**
 * Who holds a door screen: the day, the name recorded with each arrival, whether they may force a
 * place (organisers), and a check asked before every action and poll (the volunteers' link may be
 * revoked or expire while the screen is open).
 */
record DoorAccess(long eventId, String title, String recordedAs, boolean organiser, boolean lunchOffered,
                  BooleanSupplier stillAllowed) {
}
