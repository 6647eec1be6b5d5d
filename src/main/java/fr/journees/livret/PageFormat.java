package fr.journees.livret;

/** The paper the booklet is printed on. */
public enum PageFormat {
    A4, A5
}
