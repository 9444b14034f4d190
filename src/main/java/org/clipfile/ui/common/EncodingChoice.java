package org.clipfile.ui.common;

import java.nio.charset.Charset;

/**
 * One way of reading a file whose encoding is unsure: the charset, and the clipping it would
 * become (title and the start of its text), so the analyst picks the reading that makes sense.
 */
public record EncodingChoice(String name, Charset charset, String title, String preview, double plausibility) {
}
