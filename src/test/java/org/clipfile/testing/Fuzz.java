package org.clipfile.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Seeded random inputs for property tests: arbitrary Unicode (lone surrogates, controls, CJK,
 * emoji included) and strings assembled from a hostile alphabet of pieces. Each run uses fixed
 * seeds, so a failure names the seed and the input, and repeats exactly.
 */
public final class Fuzz {
    private final Random random;

    private Fuzz(long seed) {
        this.random = new Random(seed);
    }

    /** Runs {@code property} on {@code tries} inputs from {@code generator}; a failure reports the input. */
    public static void check(long seed, int tries, java.util.function.Function<Fuzz, String> generator, Consumer<String> property) {
        Fuzz fuzz = new Fuzz(seed);
        for (int i = 0; i < tries; i++) {
            String input = generator.apply(fuzz);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed (seed " + seed + ", try " + i + ") for input "
                        + escape(input) + ": " + e, e);
            }
        }
    }

    /** Any UTF-16 content up to {@code maxLength} chars, biased towards interesting ranges. */
    public String anyString(int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(switch (random.nextInt(8)) {
                case 0 -> (char) random.nextInt(0x20);              // controls, NUL
                case 1 -> (char) (0xD800 + random.nextInt(0x800));  // lone surrogates
                case 2 -> (char) (0x4E00 + random.nextInt(0x5000)); // CJK
                case 3 -> (char) (0x300 + random.nextInt(0x70));    // combining marks
                case 4 -> (char) random.nextInt(0x10000);           // anything in the BMP
                default -> (char) (0x20 + random.nextInt(0x5F));     // printable ASCII
            });
        }
        return s.toString();
    }

    /** Up to {@code maxPieces} pieces from {@code alphabet}, mixed with short random strings. */
    public String assemble(List<String> alphabet, int maxPieces) {
        int n = random.nextInt(maxPieces + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(5) == 0 ? anyString(8) : alphabet.get(random.nextInt(alphabet.size())));
        }
        return s.toString();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch < 0x20 || ch > 0x7E) {
                out.append(String.format("\\u%04X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
