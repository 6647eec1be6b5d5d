package fr.journees.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as PNG pictures, for a preview that needs neither a frame (refused by the frame
 * policy) nor a PDF viewer in the browser.
 */
public final class PdfPages {

    private PdfPages() {
    }

    /** At most maxPages pictures, at dpi dots per inch; throws when the bytes are not a PDF. */
    public static List<byte[]> png(byte[] pdf, float dpi, int maxPages) {
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            int count = Math.min(document.getNumberOfPages(), maxPages);
            var pages = new ArrayList<byte[]>(count);
            for (int i = 0; i < count; i++) {
                var image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                var out = new ByteArrayOutputStream(64 * 1024);
                ImageIO.write(image, "png", out);
                pages.add(out.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the pages of a PDF", e);
        }
    }
}
