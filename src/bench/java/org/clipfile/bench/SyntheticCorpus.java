package org.clipfile.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;

/**
 * Seeded, realistic-looking clippings. Clipping {@code i} depends only on the seed and {@code i},
 * so an archive of any size can be generated as a stream (nothing is held in memory) and the
 * real import path and the baseline see exactly the same rows.
 *
 * <p>Shape: Zipf-distributed words from a made-up vocabulary (so common and rare words exist),
 * about 5% Chinese articles, dates over ten years (some month or year precision, ~3% undated),
 * about 3,000 tags in three levels with Zipf popularity, 1–4 tags a clipping, and one "hot" tag
 * carried by ~11% of clippings (for the rename measurement).
 */
public final class SyntheticCorpus {
    static final int VOCABULARY = 20_000;
    static final int RARE_NAMES = 5_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = 3_653; // ten years
    static final String HOT_TAG = "Desk/Watchlist";

    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ran", "tes", "vor", "qua", "zen", "bel", "dor", "fin", "gal", "hum", "is", "jor",
        "kel", "lun", "mar", "nev", "ost", "pra", "rel", "sim", "tor", "ul", "ver", "wen", "yas", "ze", "cha",
    };
    private static final String[] TOP_TAGS = {
        "China-US", "Energy", "Trade", "Elections", "Climate", "Security", "Health", "Tech", "Finance", "Migration",
        "Europe", "Africa", "Middle-East", "Latin-America", "South-Asia", "Japan-Korea", "Russia", "Labour", "Courts", "Media",
    };
    private static final String[] SOURCES = {
        "Reuters", "AP", "AFP", "Financial Times", "The Economist", "Nikkei Asia", "South China Morning Post", "Le Monde",
        "Der Spiegel", "The Guardian", "New York Times", "Washington Post", "Caixin", "Xinhua", "Kyodo", "Al Jazeera",
        "BBC", "Bloomberg", "Politico", "Foreign Affairs",
    };
    /** Frequent Han characters for the Chinese articles, most frequent first. */
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    private static final String[] CJK_TERMS = {"外交部", "台湾问题", "贸易战", "国务卿", "人民币", "一带一路", "半导体", "稀土"};
    private static final String[][] PHRASES = {
        {"trade", "war"}, {"supply", "chain"}, {"central", "bank"}, {"foreign", "minister"}, {"rare", "earths"},
        {"climate", "summit"}, {"border", "dispute"}, {"interest", "rates"}, {"election", "campaign"}, {"peace", "talks"},
    };

    private final long seed;
    private final int minWords;
    private final int maxWords;
    private final String[] vocabulary = new String[VOCABULARY];
    private final double[] wordCdf;
    private final String[] rareNames = new String[RARE_NAMES];
    private final double[] hanCdf;
    private final List<String> leafTags = new ArrayList<>();
    private final double[] tagCdf;
    private final int[] leafByPopularity;

    public SyntheticCorpus(long seed, int minWords, int maxWords) {
        if (minWords < 1 || maxWords < minWords) {
            throw new IllegalArgumentException("words must be 1 <= min <= max");
        }
        this.seed = seed;
        this.minWords = minWords;
        this.maxWords = maxWords;
        Random r = new Random(seed);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary[i] = uniqueWord(r, seen, 1 + (i < 200 ? r.nextInt(2) : 1 + r.nextInt(3)));
        }
        for (int i = 0; i < RARE_NAMES; i++) {
            String w = uniqueWord(r, seen, 4 + r.nextInt(2));
            rareNames[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        wordCdf = zipfCdf(VOCABULARY, 1.0);
        hanCdf = zipfCdf(HAN.length(), 0.9);
        for (int t = 0; t < TOP_TAGS.length; t++) {
            for (int m = 0; m < 10; m++) {
                String mid = TOP_TAGS[t] + "/" + capitalised(vocabulary[300 + t * 10 + m]);
                for (int l = 0; l < 15; l++) {
                    leafTags.add(mid + "/" + capitalised(vocabulary[600 + (t * 150 + m * 15 + l) % 5000]) + "-" + l);
                }
            }
        }
        tagCdf = zipfCdf(leafTags.size(), 0.8);
        // Popular tags are spread over the tree, not bunched under the first branch.
        leafByPopularity = new int[leafTags.size()];
        for (int k = 0; k < leafByPopularity.length; k++) {
            leafByPopularity[k] = k;
        }
        for (int k = leafByPopularity.length - 1; k > 0; k--) {
            int j = r.nextInt(k + 1);
            int tmp = leafByPopularity[k];
            leafByPopularity[k] = leafByPopularity[j];
            leafByPopularity[j] = tmp;
        }
    }

    /** Short articles (100–400 words) keep a million clippings near 1.6 GB of text; long ones are 300–1,500. */
    /** The corpus a benchmark run measures: {@code words} (min, max) when given, else sized by {@link #forSize}. */
    static SyntheticCorpus forRun(long seed, long clippings, int[] words) {
        return words == null ? forSize(seed, clippings) : new SyntheticCorpus(seed, words[0], words[1]);
    }

    /** The first {@code n} clippings (the timed import sample). */
    List<NewClipping> first(int n) {
        List<NewClipping> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(clipping(i));
        }
        return out;
    }

    public static SyntheticCorpus forSize(long seed, long clippings) {
        return clippings > 200_000 ? new SyntheticCorpus(seed, 100, 400) : new SyntheticCorpus(seed, 300, 1_500);
    }

    public int minWords() {
        return minWords;
    }

    public int maxWords() {
        return maxWords;
    }

    /** Every leaf tag path (3,000); their parents make the rest of the tree. */
    public List<String> leafTags() {
        return List.copyOf(leafTags);
    }

    /** Clipping number {@code i} (0-based). */
    public NewClipping clipping(long i) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + i);
        boolean chinese = r.nextInt(100) < 5;
        String text = chinese ? chineseText(r) : englishText(r);
        String title = chinese ? text.substring(0, Math.min(18, text.length())) : titleFrom(r);
        return new NewClipping(title, text, r.nextInt(20) == 0 ? "follow up " + word(r) : "", date(r),
                SOURCES[r.nextInt(SOURCES.length)], r.nextInt(3) == 0 ? "https://example.org/a/" + i : null,
                r.nextInt(4) == 0 ? capitalised(word(r)) + " " + capitalised(word(r)) : null, tags(r), null, null);
    }

    /** The vocabulary's word of rank {@code rank}: Zipf-distributed, each is in fewer articles than the one before. */
    public String word(int rank) {
        return vocabulary[rank];
    }

    /** A word found in most articles. */
    public String commonWord() {
        return vocabulary[3];
    }

    /** A name found in about one article in 10,000 (one in 3,000 for long articles). */
    public String rareWord() {
        return rareNames[RARE_NAMES / 2].toLowerCase(java.util.Locale.ROOT);
    }

    /** A planted two-word phrase (about one article in 50). */
    public String phrase() {
        return PHRASES[1][0] + " " + PHRASES[1][1];
    }

    /** A Chinese term searched as a substring (one character more than a bigram). */
    public String cjkSubstring() {
        return CJK_TERMS[0];
    }

    /** The top-level tag above the most popular tag: a broad topic (~10% of clippings). */
    public String topTag() {
        return leafTags.get(leafByPopularity[0]).split("/")[0];
    }

    /** The second-level tag above the most popular tag (~4% of clippings). */
    public String midTag() {
        String[] p = leafTags.get(leafByPopularity[0]).split("/");
        return p[0] + "/" + p[1];
    }

    public String hotTag() {
        return HOT_TAG;
    }

    private String englishText(Random r) {
        int words = minWords + r.nextInt(maxWords - minWords + 1);
        StringBuilder sb = new StringBuilder(words * 7);
        int sentence = 0;
        for (int w = 0; w < words; w++) {
            String next;
            int roll = r.nextInt(1000);
            if (roll < 2) {
                next = rareNames[r.nextInt(RARE_NAMES)];
            } else if (roll < 4) {
                String[] p = PHRASES[r.nextInt(PHRASES.length)];
                next = p[0] + " " + p[1];
            } else {
                next = word(r);
            }
            if (sentence == 0) {
                next = capitalised(next);
            }
            sb.append(next);
            if (++sentence > 8 + r.nextInt(14)) {
                sb.append(r.nextInt(12) == 0 ? ".\n\n" : ". ");
                sentence = 0;
            } else {
                sb.append(r.nextInt(15) == 0 ? ", " : " ");
            }
        }
        sb.setLength(sb.length() - 1);
        return sb.append('.').toString();
    }

    private String chineseText(Random r) {
        int chars = (minWords + r.nextInt(maxWords - minWords + 1)) * 2;
        StringBuilder sb = new StringBuilder(chars + 16);
        for (int k = 0; k < chars; k++) {
            if (r.nextInt(60) == 0) {
                sb.append(CJK_TERMS[r.nextInt(CJK_TERMS.length)]);
            } else if (r.nextInt(25) == 0) {
                sb.append(r.nextInt(6) == 0 ? "。\n" : "，");
            } else {
                sb.append(HAN.charAt(sample(hanCdf, r)));
            }
        }
        return sb.append('。').toString();
    }

    private String titleFrom(Random r) {
        int n = 4 + r.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(k == 0 ? capitalised(word(r)) : word(r));
        }
        return sb.toString();
    }

    private PublishedDate date(Random r) {
        int roll = r.nextInt(100);
        if (roll < 3) {
            return null;
        }
        // Later years hold more clippings: archives grow.
        int day = (int) (DAYS * Math.sqrt(r.nextDouble()));
        LocalDate d = FIRST_DAY.plusDays(Math.min(day, DAYS - 1));
        DatePrecision p = roll < 6 ? DatePrecision.YEAR : roll < 16 ? DatePrecision.MONTH : DatePrecision.DAY;
        return new PublishedDate(d, p, roll % 2 == 0 ? DateOrigin.HEADER : DateOrigin.TEXT);
    }

    private List<String> tags(Random r) {
        int n = 1 + r.nextInt(4);
        List<String> out = new ArrayList<>(n + 1);
        for (int k = 0; k < n; k++) {
            String t = leafTags.get(leafByPopularity[sample(tagCdf, r)]);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        if (r.nextInt(100) < 11) {
            out.add(HOT_TAG);
        }
        return out;
    }

    private String word(Random r) {
        return vocabulary[sample(wordCdf, r)];
    }

    private static int sample(double[] cdf, Random r) {
        int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    private static double[] zipfCdf(int n, double exponent) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static String uniqueWord(Random r, java.util.Set<String> seen, int syllables) {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            // Phrase words are real English: keep generated words from colliding with them.
            if (sb.length() > 1 && seen.add(sb.toString())) {
                return sb.toString();
            }
            syllables++;
        }
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
