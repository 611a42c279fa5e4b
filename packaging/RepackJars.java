import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars in place for the installers (run by packaging/common.sh with the JDK's source
 * launcher: {@code java packaging/RepackJars.java [--store] [--drop <prefix>]... <jar>...}).
 *
 * <ul>
 *   <li>{@code --drop <prefix>}: leaves out the entries whose name starts with the prefix (JNA's
 *       native libraries for other systems).
 *   <li>{@code --store}: writes every entry uncompressed. The .deb's xz then compresses all the
 *       classes together instead of meeting seventy deflated jars it cannot shrink: the package
 *       gets smaller, the installed jars larger.
 * </ul>
 *
 * Entry order, names, times and contents are kept byte for byte, so signed jars (ELK, EMF) still
 * verify: a jar signature covers the contents, not how they are compressed.
 */
public final class RepackJars {
    private RepackJars() {}

    public static void main(String[] args) throws IOException {
        boolean store = false;
        List<String> drop = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = true;
                case "--drop" -> drop.add(args[++i]);
                default -> jars.add(Path.of(args[i]));
            }
        }
        for (Path jar : jars) {
            repack(jar, store, drop);
        }
    }

    private static void repack(Path jar, boolean store, List<String> drop) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int dropped = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (drop.stream().anyMatch(entry.getName()::startsWith)) {
                    dropped++;
                    continue;
                }
                byte[] data;
                try (InputStream stream = in.getInputStream(entry)) {
                    data = stream.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setComment(entry.getComment());
                if (store) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        if (dropped > 0) {
            System.err.printf("%s: %d entries dropped%n", jar.getFileName(), dropped);
        }
    }
}
