package io.servicebalance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldMessagesTests {

    @Test
    void aCompactConstructorsMessageNamesItsField() {
        assertThat(FieldMessages.fromMessage("email must be an e-mail address"))
                .isEqualTo(new Problems.FieldError("email", "must be an e-mail address"));
        assertThat(FieldMessages.fromMessage("name is required"))
                .isEqualTo(new Problems.FieldError("name", "is required"));
        assertThat(FieldMessages.fromMessage("rating.comment: too long"))
                .isEqualTo(new Problems.FieldError("rating.comment", "too long"));
    }

    @Test
    void aSentenceNamesNoFieldWhateverItsFirstWord() {
        assertThat(FieldMessages.fromMessage("the trace has no contacts"))
                .isEqualTo(new Problems.FieldError("body", "the trace has no contacts"));
        assertThat(FieldMessages.fromMessage("an aggregate's work needs at least one command").field())
                .isEqualTo("body");
        assertThat(FieldMessages.fromMessage("arrivals more than 292 years apart", "scenario").field())
                .isEqualTo("scenario");
    }
}
