package io.servicebalance.simulation.chart;

import java.awt.Color;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.ui.TextAnchor;

/** Labelled arrows that point at a data point from the side facing the middle of the plot, so text stays inside. */
final class Pointers {

    private Pointers() {
    }

    /**
     * @param fromAbove whether the label sits above the point (else below)
     * @param rightHalf whether the point lies in the right half of the x range
     */
    static XYPointerAnnotation at(String text, double x, double y, Color colour, boolean fromAbove,
                                  boolean rightHalf) {
        double angle = rightHalf ? (fromAbove ? -3 * Math.PI / 4 : 3 * Math.PI / 4)
                : (fromAbove ? -Math.PI / 4 : Math.PI / 4);
        XYPointerAnnotation label = new XYPointerAnnotation(text, x, y, angle);
        label.setFont(Style.LABEL);
        label.setPaint(colour);
        label.setArrowPaint(colour);
        label.setTipRadius(4);
        label.setBaseRadius(70);
        label.setTextAnchor(rightHalf ? (fromAbove ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT)
                : (fromAbove ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT));
        return label;
    }

    static boolean rightHalf(double x, double min, double max) {
        return x > (min + max) / 2;
    }
}
