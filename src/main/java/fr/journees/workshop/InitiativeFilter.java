package fr.journees.workshop;

/**
 * What the library is narrowed to: text in the title, description or porteur's name; exactly this
 * "agir sur" theme; a territory containing this text. Blank or null parts do not filter.
 */
public record InitiativeFilter(String text, String actsOn, String territory) {

    public static InitiativeFilter none() {
        return new InitiativeFilter(null, null, null);
    }
}
