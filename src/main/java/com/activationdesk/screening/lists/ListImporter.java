package com.activationdesk.screening.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import com.activationdesk.screening.ListFormat;
import com.activationdesk.screening.ListImportException;
import com.activationdesk.screening.ListImportResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports one list file as the new version of its source, all or nothing: one transaction creates the version,
 * streams the entries in, and only then activates it and deletes the previous version's entries. A file that
 * fails in any way (see {@link ListFileReader}, larger than {@code activationdesk.screening.max-file-size},
 * without entries) rolls everything back; the previous version stays active.
 */
@Component
public class ListImporter {

    private static final Map<ListFormat, ListFileFormat> FORMATS = Map.of(ListFormat.EU_FSF_XML, new EuFsfFormat(),
            ListFormat.UN_XML, new UnListFormat(), ListFormat.OFAC_SDN_XML, new OfacSdnFormat());

    private final ListStore store;
    private final Clock clock;
    private final DataSize maxFileSize;

    ListImporter(ListStore store, Clock clock,
                 @Value("${activationdesk.screening.max-file-size:150MB}") DataSize maxFileSize) {
        this.store = store;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    @Transactional
    public ListImportResult importFile(ListFormat format, InputStream content, String importedBy) {
        Instant importedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String source = format.name();
        ListStore.ActiveVersion previous = store.activeVersion(source).orElse(null);
        long versionId = store.createVersion(source, importedBy, importedAt);
        VersionWriter writer = new VersionWriter(store, versionId,
                previous == null ? Map.of() : previous.hashesByExternalId());
        MessageDigest sha256 = sha256();
        SizeLimitedInputStream limited = new SizeLimitedInputStream(content, maxFileSize.toBytes());
        LocalDate publicationDate;
        try (InputStream file = new DigestInputStream(new BufferedInputStream(limited, 1 << 16), sha256)) {
            publicationDate = ListFileReader.read(file, source, FORMATS.get(format), writer::add);
            file.transferTo(OutputStream.nullOutputStream()); // trailing whitespace still belongs to the file's hash
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw refusal(e, limited, source);
        }
        writer.flush();
        ImportCounts counts = writer.counts(publicationDate, HexFormat.of().formatHex(sha256.digest()));
        if (counts.entries() == 0) {
            throw new ListImportException("screening.import.empty", source);
        }
        store.activate(versionId, counts, previous == null ? null : previous.id());
        return new ListImportResult(versionId, source, publicationDate, counts.sha256(), counts.entries(),
                counts.aliases(), counts.added(), counts.changed(), counts.removed(), importedBy, importedAt,
                writer.warnings());
    }

    private RuntimeException refusal(Exception e, SizeLimitedInputStream limited, String source) {
        if (limited.exceeded()) {
            return new ListImportException("screening.import.too-large", source, maxFileSize.toMegabytes());
        }
        if (limited.bytesRead() == 0) {
            return new ListImportException("screening.import.empty", source);
        }
        if (e instanceof ListImportException refused) {
            return refused;
        }
        if (e instanceof XMLStreamException xml) {
            int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
            return new ListImportException("screening.import.malformed", source, line, reason(xml));
        }
        if (e instanceof IOException) {
            return new ListImportException("screening.import.unreadable", source, e.getMessage());
        }
        return (RuntimeException) e;
    }

    /** The parser's own words without the position it appends (the message names the line already). */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int position = message.indexOf("\n at [row,col");
        return position >= 0 ? message.substring(0, position).strip() : message;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
