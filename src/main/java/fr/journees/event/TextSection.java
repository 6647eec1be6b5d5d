package fr.journees.event;

public enum TextSection {
    INTRODUCTION, WORKSHOPS, CLOSING
}
