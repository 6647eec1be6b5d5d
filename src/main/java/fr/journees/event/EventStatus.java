package fr.journees.event;

public enum EventStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED
}
