package io.servicebalance.simulation.chart;

import java.util.Arrays;
import java.util.Optional;

/** The formats charts are rendered in. */
public enum ChartFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml");

    private final String extension;
    private final String mediaType;

    ChartFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ChartFormat> fromExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
