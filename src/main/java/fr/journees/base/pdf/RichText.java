package fr.journees.base.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The little markup organisers type in long texts: blank lines between paragraphs, "- " or "1. " at
 * the start of a line for list items, **bold**. Parsed into records, never into HTML, so that the
 * template escapes every character the user typed.
 */
public final class RichText {

    public enum Kind { PARAGRAPH, ITEM, NUMBERED }

    public record Run(String text, boolean bold) {
    }

    public record Block(Kind kind, String marker, List<Run> runs) {
    }

    private RichText() {
    }

    public static List<Block> parse(String text) {
        var blocks = new ArrayList<Block>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        var paragraph = new StringBuilder();
        for (var raw : text.replace("\r\n", "\n").split("\n")) {
            var line = raw.strip();
            var numbered = line.matches("\\d{1,3}[.)] .*");
            if (line.isEmpty() || line.startsWith("- ") || line.startsWith("• ") || numbered) {
                flush(paragraph, blocks);
            }
            if (line.startsWith("- ") || line.startsWith("• ")) {
                blocks.add(new Block(Kind.ITEM, "•", runs(line.substring(2))));
            } else if (numbered) {
                int space = line.indexOf(' ');
                blocks.add(new Block(Kind.NUMBERED, line.substring(0, space), runs(line.substring(space + 1))));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, "", runs(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Run> runs(String text) {
        var runs = new ArrayList<Run>();
        var parts = text.split("\\*\\*", -1);
        boolean closed = parts.length % 2 == 1;
        for (int i = 0; i < parts.length; i++) {
            boolean bold = i % 2 == 1 && (closed || i < parts.length - 1);
            if (!parts[i].isEmpty()) {
                runs.add(new Run(bold || i % 2 == 0 ? parts[i] : "**" + parts[i], bold));
            }
        }
        return runs;
    }
}
