package org.bihuan.document;

/** The printed width of a text in points, so that layout can be worked out without a PDF. */
@FunctionalInterface
interface TextWidth {

    float of(String text, float fontSize);
}
