package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.servicebalance.eventstore.bulk.BulkAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad files are refused with file, line and field, every problem at once, and nothing is written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportRefusalIntegrationTests {

    private static final String CUSTOMERS = "customer_id,name,email,tier,account_manager,registered_at,churned_at\n";
    private static final String CONTACTS = "contact_id,customer_id,channel,type,received_at,answered_at,abandoned_at,"
            + "handle_seconds,rating\n";
    private static final String PURCHASES = "customer_id,amount,currency,occurred_at\n";

    @Autowired
    HistoryImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    private ImportRejected refused(String customers, String contacts, String purchases) {
        ImportSources sources = new ImportSources(ImportFiles.source("customers.csv", customers),
                ImportFiles.source("contacts.csv", contacts),
                purchases == null ? null : ImportFiles.source("purchases.csv", purchases));
        return catchThrowableOfType(ImportRejected.class,
                () -> importer.run(sources, new BulkAppender.Listener() { }));
    }

    @Test
    void everyBadRowIsReportedByFileLineAndFieldInOneMessageAndNothingIsWritten() {
        String p = ImportFiles.prefix();
        String customers = CUSTOMERS
                + p + "c-1,Ada,ada@example.com,PREMIUM,,2026-01-05T08:00:00Z,\n"
                + p + "c-2,Bob,bob@example.com,GOLD,,2026-01-05T08:00:00Z,\n"
                + p + "c-3,Cy,cy@example.com,BASIC,,2026-13-05T08:00:00Z,\n";
        String contacts = CONTACTS
                + p + "k-1," + p + "c-1,FAX,INQUIRY,2026-01-07T09:00:00Z,,,,\n"
                + p + "k-2," + p + "c-1,PHONE,INQUIRY,2026-01-07T09:00:00Z,2026-01-07T08:59:00Z,,,\n"
                + p + "k-3," + p + "c-1,PHONE,INQUIRY,2026-01-07T09:00:00Z,2026-01-07T09:01:00Z,2026-01-07T09:02:00Z,,\n"
                + p + "k-4," + p + "c-1,PHONE,INQUIRY,2026-01-07T09:00:00Z,,,120,\n"
                + p + "k-5," + p + "c-1,PHONE,INQUIRY,2026-01-07T09:00:00Z,2026-01-07T09:01:00Z,,60,7\n"
                + p + "k-5," + p + "c-1,PHONE,INQUIRY,2026-01-07T09:00:00Z,,,,\n"
                + p + "k-6," + p + "nobody,PHONE,INQUIRY,2026-01-07T09:00:00Z,,,,\n"
                + p + "k-7," + p + "c-1,PHONE,INQUIRY,yesterday,,,,\n"
                + p + "k-8," + p + "c-1,PHONE,INQUIRY,2026-01-07T09:00:00Z,,,,\n";
        String purchases = PURCHASES + p + "c-1,-5.00,EUR,2026-01-09T14:00:00Z\n";
        ImportRejected e = refused(customers, contacts, purchases);
        assertThat(e.problems()).extracting(RowProblem::toString).containsExactlyInAnyOrder(
                "customers.csv line 3, tier: unknown tier 'GOLD'; one of [PREMIUM, STANDARD, BASIC, CARE]",
                "customers.csv line 4, registered_at: '2026-13-05T08:00:00Z' is not an ISO-8601 instant with Z or an"
                        + " offset, like 2026-01-05T08:30:00Z",
                "contacts.csv line 2, channel: unknown channel 'FAX'; one of [PHONE, CHAT, EMAIL, SOCIAL]",
                "contacts.csv line 3, answered_at: The contact being answered at 2026-01-07T08:59:00Z is before the last"
                        + " recorded event at 2026-01-07T09:00:00Z; business time cannot run backwards",
                "contacts.csv line 4, abandoned_at: A contact that is in progress cannot be abandoned",
                "contacts.csv line 5, handle_seconds: A contact that is waiting cannot be resolved",
                "contacts.csv line 6, rating: must be between 1 and 5",
                "contacts.csv line 7, contact_id: duplicate contact id '" + p + "k-5' (first on line 6)",
                "contacts.csv line 8, customer_id: unknown customer '" + p + "nobody': not in the customers file nor"
                        + " stored",
                "contacts.csv line 9, received_at: 'yesterday' is not an ISO-8601 instant with Z or an offset, like"
                        + " 2026-01-05T08:30:00Z",
                "purchases.csv line 2, amount: must not be negative, but is -5.00");
        assertThat(e.getMessage()).startsWith("nothing imported: 11 problems: customers.csv line 3, tier:");
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void businessTimesOutsideTheWriteApisRangeAreRefused() {
        String p = ImportFiles.prefix();
        ImportRejected e = refused(CUSTOMERS + p + "c-1,Ada,ada@example.com,PREMIUM,,2199-01-05T08:00:00Z,\n"
                + p + "c-2,Bo,bo@example.com,BASIC,,1850-01-05T08:00:00Z,\n", CONTACTS, null);
        assertThat(e.problems()).extracting(RowProblem::line, RowProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "registered_at"),
                org.assertj.core.groups.Tuple.tuple(3L, "registered_at"));
        assertThat(e.problems().get(0).message()).contains("must lie between 1900-01-01T00:00:00Z and");
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void aWrongHeaderIsRefused() {
        String p = ImportFiles.prefix();
        ImportRejected e = refused(CUSTOMERS.replace("tier", "segment") + p + "c-1,Ada,ada@example.com,PREMIUM,,"
                + "2026-01-05T08:00:00Z,\n", CONTACTS, null);
        assertThat(e.problems()).singleElement().hasToString("customers.csv line 1: the header must be exactly"
                + " customer_id,name,email,tier,account_manager,registered_at,churned_at but is"
                + " customer_id,name,email,segment,account_manager,registered_at,churned_at");
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
        String p = ImportFiles.prefix();
        byte[] latin1 = (CUSTOMERS + p + "c-1,Zoë,zoe@example.com,PREMIUM,,2026-01-05T08:00:00Z,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportRejected e = catchThrowableOfType(ImportRejected.class, () -> importer.run(new ImportSources(
                new ImportSource("customers.csv", latin1), ImportFiles.source("contacts.csv", CONTACTS), null),
                new BulkAppender.Listener() { }));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("customers.csv");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("is not UTF-8");
        });
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void anEmptyFileIsRefused() {
        ImportRejected e = refused(CUSTOMERS, "", "");
        assertThat(e.problems()).extracting(RowProblem::toString).containsExactly(
                "contacts.csv: the file is empty; it needs the header row contact_id,customer_id,channel,type,"
                        + "received_at,answered_at,abandoned_at,handle_seconds,rating",
                "purchases.csv: the file is empty; it needs the header row customer_id,amount,currency,occurred_at");
    }

    @Test
    void problemsBeyondTheCapAreCountedInTheMessage() {
        String p = ImportFiles.prefix();
        StringBuilder customers = new StringBuilder(CUSTOMERS);
        for (int i = 0; i < 150; i++) {
            customers.append(p).append("c-").append(i).append(",N,n@example.com,GOLD,,2026-01-05T08:00:00Z,\n");
        }
        ImportRejected e = refused(customers.toString(), CONTACTS, null);
        assertThat(e.problems()).hasSize(ImportProblems.CAP);
        assertThat(e.total()).isEqualTo(150);
        assertThat(e.getMessage()).endsWith("; and 50 more");
    }
}
