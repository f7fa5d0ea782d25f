package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InlineSvgTests {

    private static byte[] svg(String body) {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"750\">"
                + body + "</svg>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChartIsInlinedWithoutItsXmlDeclarationAndScalesByAViewBox() {
        String inline = InlineSvg.of(svg("<text x=\"1\" y=\"2\">&lt;script&gt;plan</text>"));

        assertThat(inline).startsWith("<svg viewBox=\"0 0 1200 750\" xmlns=").contains("&lt;script&gt;plan")
                .doesNotContain("<?xml");
    }

    @Test
    void markupThatCouldRunIsNeverInlined() {
        assertThat(InlineSvg.of(svg("<script>alert(1)</script>"))).isNull();
        assertThat(InlineSvg.of(svg("<rect onclick=\"alert(1)\"/>"))).isNull();
        assertThat(InlineSvg.of(svg("<a href=\" javascript:alert(1)\"><text>x</text></a>"))).isNull();
        assertThat(InlineSvg.of(svg("<foreignObject><div/></foreignObject>"))).isNull();
        assertThat(InlineSvg.of(("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;"
                + "</svg>").getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(InlineSvg.of("<svg><unclosed></svg>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(InlineSvg.of(null)).isNull();
    }
}
