package fr.journees.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A logo as organisers upload them: a PNG wider than tall, a name on a coloured band. */
public final class TestLogos {

    private TestLogos() {
    }

    public static byte[] png(String name, int rgb, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, height, height);
        int size = height / 2;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        int room = width - height - height / 3;
        while (size > 8 && g.getFontMetrics().stringWidth(name) > room) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, --size));
        }
        g.drawString(name, height + height / 6, (height + g.getFontMetrics().getAscent()) / 2 - height / 20);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
