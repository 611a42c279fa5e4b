package com.ascendkit.journeys.studio.help;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * A snapshot of the canvas as a PNG file, without javafx-swing: the pixels are read with {@link
 * PixelReader} into a {@link BufferedImage}, which {@code ImageIO} encodes.
 */
public final class CanvasPng {
    private CanvasPng() {}

    /**
     * A file name (without extension) for a journey's picture: its name as it is, Unicode and
     * spaces kept ("Café onboarding"), without only what Windows, macOS or Linux refuse in a file
     * name: {@code < > : " / \ | ? *}, control characters, trailing dots and spaces, and the names
     * Windows reserves (CON, NUL, COM1…).
     */
    public static String fileName(String journeyName) {
        String s =
                java.text.Normalizer.normalize(
                                journeyName == null ? "" : journeyName,
                                java.text.Normalizer.Form.NFC)
                        .replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]+", " ")
                        .replaceAll("\\s+", " ")
                        .strip()
                        .replaceAll("[. ]+$", "");
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        if (s.isEmpty()) {
            return "journey";
        }
        return RESERVED.matcher(s).matches() ? s + " journey" : s;
    }

    private static final int MAX_NAME = 120;
    private static final java.util.regex.Pattern RESERVED =
            java.util.regex.Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

    /** Copies the image's pixels (FX thread: the snapshot must not change meanwhile). */
    public static BufferedImage pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** Encodes {@code image} as PNG into {@code file} (any thread). */
    public static void write(BufferedImage image, Path file) throws IOException {
        if (!javax.imageio.ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
