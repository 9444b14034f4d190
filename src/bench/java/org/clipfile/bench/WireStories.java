package org.clipfile.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;

/**
 * Wire-story clippings that look like an analyst's real archive, for trying the window and for its
 * tests: 1987–2023, more stories each year, a few empty stretches and dense news spikes, datelines,
 * sources, bylines and URLs, hard-wrapped wire text in older stories, about 5% Chinese articles,
 * some undated or dated only to the month or year, and a deep tag tree of which only some
 * clippings carry tags. Clipping {@code i} depends only on the seed and {@code i}.
 */
public final class WireStories {
    static final YearMonth FIRST_MONTH = YearMonth.of(1987, 1);
    static final YearMonth LAST_MONTH = YearMonth.of(2023, 12);

    /** Months the archive has nothing for: the analyst was elsewhere (folded on the timeline). */
    private static final List<YearMonth[]> GAPS = List.of(
            new YearMonth[] {YearMonth.of(1993, 7), YearMonth.of(1994, 12)},
            new YearMonth[] {YearMonth.of(1999, 11), YearMonth.of(2000, 2)},
            new YearMonth[] {YearMonth.of(2006, 5), YearMonth.of(2006, 8)});

    /** Big news days: many more stories in the weeks around them. */
    private record Spike(LocalDate day, double weight) {
    }

    private static final List<Spike> SPIKES = List.of(
            new Spike(LocalDate.of(1989, 6, 4), 2.0),
            new Spike(LocalDate.of(1996, 3, 8), 1.2),
            new Spike(LocalDate.of(2001, 9, 11), 2.5),
            new Spike(LocalDate.of(2008, 9, 15), 2.0),
            new Spike(LocalDate.of(2020, 1, 23), 3.0),
            new Spike(LocalDate.of(2022, 8, 2), 2.5));

    private record Topic(String tag, int from, int to, String[] things, String[] cjkThings) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("China-US/Taiwan/Strait", 1987, 2023, new String[] {"the Taiwan Strait", "missile tests near Taiwan", "naval patrols in the strait"}, new String[] {"台湾海峡", "台海局势"}),
            new Topic("China-US/Taiwan/Arms-Sales", 1990, 2023, new String[] {"arms sales to Taiwan", "the F-16 package for Taiwan", "a Patriot missile sale"}, new String[] {"对台军售", "武器出售"}),
            new Topic("China-US/Taiwan/Elections", 1996, 2023, new String[] {"Taiwan's presidential vote", "the Taipei election campaign"}, new String[] {"台湾地区选举", "台湾问题"}),
            new Topic("China-US/Trade/Tariffs", 1987, 2023, new String[] {"tariffs on Chinese goods", "the trade deficit", "a trade truce"}, new String[] {"关税", "贸易战"}),
            new Topic("China-US/Trade/WTO", 1995, 2008, new String[] {"China's entry into the WTO", "most-favoured-nation status"}, new String[] {"世贸组织", "入世谈判"}),
            new Topic("China-US/Trade/Currency", 2003, 2023, new String[] {"the yuan's exchange rate", "currency manipulation charges"}, new String[] {"人民币汇率", "人民币"}),
            new Topic("China-US/Tech/Semiconductors", 2014, 2023, new String[] {"chip export controls", "advanced semiconductors", "the chip supply chain"}, new String[] {"半导体", "芯片出口管制"}),
            new Topic("China-US/Tech/Huawei", 2012, 2023, new String[] {"Huawei's 5G equipment", "the Huawei ban"}, new String[] {"华为", "5G网络"}),
            new Topic("China-US/Military/South-China-Sea", 1995, 2023, new String[] {"reclaimed reefs in the South China Sea", "freedom-of-navigation patrols"}, new String[] {"南海", "航行自由"}),
            new Topic("China-US/Diplomacy/Summits", 1987, 2023, new String[] {"a leaders' summit", "the state visit", "talks on bilateral ties"}, new String[] {"首脑会晤", "国事访问"}),
            new Topic("China-US/Human-Rights/Hong-Kong", 1990, 2023, new String[] {"the Hong Kong handover", "protests in Hong Kong", "the national security law"}, new String[] {"香港", "国家安全法"}),
            new Topic("China-US/Human-Rights/Tibet", 1987, 2023, new String[] {"unrest in Tibet", "the Dalai Lama's travels"}, new String[] {"西藏", "达赖喇嘛"}),
            new Topic("Energy/Oil/OPEC", 1987, 2023, new String[] {"OPEC output quotas", "the cartel's production cut"}, new String[] {"欧佩克", "石油减产"}),
            new Topic("Energy/Oil/Prices", 1987, 2023, new String[] {"crude prices", "Brent futures", "the price of oil"}, new String[] {"国际油价", "原油价格"}),
            new Topic("Energy/Gas/LNG", 2000, 2023, new String[] {"LNG shipments", "a gas supply contract"}, new String[] {"液化天然气", "天然气供应"}),
            new Topic("Energy/Nuclear/Iran", 2002, 2023, new String[] {"Iran's enrichment programme", "the nuclear deal with Iran"}, new String[] {"伊朗核问题", "核协议"}),
            new Topic("Energy/Renewables/Solar", 2005, 2023, new String[] {"solar panel dumping duties", "solar capacity"}, new String[] {"光伏", "太阳能"}),
            new Topic("Economy/Central-Banks/Fed", 1987, 2023, new String[] {"interest rates", "the Federal Reserve's next move"}, new String[] {"美联储", "利率"}),
            new Topic("Economy/Crises/Asia-1997", 1997, 1999, new String[] {"the baht's collapse", "the Asian financial crisis"}, new String[] {"亚洲金融危机", "泰铢"}),
            new Topic("Economy/Crises/Lehman-2008", 2008, 2010, new String[] {"the Lehman bankruptcy", "the bank bailout"}, new String[] {"金融危机", "雷曼兄弟"}),
            new Topic("Security/Korea/Nuclear-Tests", 1993, 2023, new String[] {"North Korea's nuclear test", "missile launches from North Korea"}, new String[] {"朝鲜核试验", "朝核问题"}),
            new Topic("Security/Middle-East/Gulf-War", 1990, 1991, new String[] {"the invasion of Kuwait", "the allied air campaign"}, new String[] {"海湾战争", "科威特"}),
            new Topic("Security/Terrorism", 2001, 2023, new String[] {"the attacks in New York", "counter-terrorism cooperation"}, new String[] {"反恐合作", "恐怖袭击"}),
            new Topic("Security/Russia/Ukraine", 2014, 2023, new String[] {"the war in Ukraine", "sanctions on Moscow"}, new String[] {"乌克兰", "对俄制裁"}),
            new Topic("Health/Pandemics/SARS", 2003, 2003, new String[] {"the SARS outbreak", "quarantine in Guangdong"}, new String[] {"非典", "疫情"}),
            new Topic("Health/Pandemics/COVID-19", 2020, 2023, new String[] {"the coronavirus outbreak", "lockdowns in Wuhan", "vaccine supplies"}, new String[] {"新冠疫情", "武汉封城"}),
            new Topic("Climate/Summits/Paris", 2009, 2023, new String[] {"emission targets", "the climate accord"}, new String[] {"气候协定", "碳排放"}),
            new Topic("Politics/China/Party-Congress", 1987, 2023, new String[] {"the party congress", "the leadership reshuffle"}, new String[] {"党代会", "领导层换届"}),
            new Topic("Politics/China/Tiananmen", 1989, 1990, new String[] {"the student protests in Beijing", "martial law in Beijing"}, new String[] {"天安门", "北京戒严"}));

    private record Person(String tag, String name, int from, int to) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("People/China/Deng Xiaoping", "Deng Xiaoping", 1987, 1997), new Person("People/China/Li Peng", "Li Peng", 1987, 1998),
            new Person("People/China/Jiang Zemin", "Jiang Zemin", 1989, 2004), new Person("People/China/Zhu Rongji", "Zhu Rongji", 1991, 2003),
            new Person("People/China/Hu Jintao", "Hu Jintao", 2002, 2012), new Person("People/China/Wen Jiabao", "Wen Jiabao", 2003, 2013),
            new Person("People/China/Xi Jinping", "Xi Jinping", 2010, 2023), new Person("People/China/Li Keqiang", "Li Keqiang", 2013, 2023),
            new Person("People/China/Wang Yi", "Wang Yi", 2013, 2023), new Person("People/China/Qin Gang", "Qin Gang", 2022, 2023),
            new Person("People/US/Reagan", "Ronald Reagan", 1987, 1988), new Person("People/US/George H. W. Bush", "George Bush", 1989, 1992),
            new Person("People/US/Clinton", "Bill Clinton", 1993, 2000), new Person("People/US/George W. Bush", "George W. Bush", 2001, 2008),
            new Person("People/US/Obama", "Barack Obama", 2009, 2016), new Person("People/US/Trump", "Donald Trump", 2017, 2020),
            new Person("People/US/Biden", "Joe Biden", 2021, 2023), new Person("People/US/Blinken", "Antony Blinken", 2021, 2023),
            new Person("People/US/Yellen", "Janet Yellen", 2014, 2023), new Person("People/US/Pompeo", "Mike Pompeo", 2018, 2020),
            new Person("People/US/Albright", "Madeleine Albright", 1997, 2000), new Person("People/US/Baker", "James Baker", 1989, 1992),
            new Person("People/US/Powell", "Colin Powell", 2001, 2004), new Person("People/US/Clinton (Hillary)", "Hillary Clinton", 2009, 2012),
            new Person("People/US/Kissinger", "Henry Kissinger", 1987, 2023), new Person("People/Taiwan/Lee Teng-hui", "Lee Teng-hui", 1988, 2000),
            new Person("People/Taiwan/Chen Shui-bian", "Chen Shui-bian", 2000, 2008), new Person("People/Taiwan/Ma Ying-jeou", "Ma Ying-jeou", 2008, 2016),
            new Person("People/Taiwan/Tsai Ing-wen", "Tsai Ing-wen", 2016, 2023), new Person("People/Russia/Gorbachev", "Mikhail Gorbachev", 1987, 1991),
            new Person("People/Russia/Yeltsin", "Boris Yeltsin", 1991, 1999), new Person("People/Russia/Putin", "Vladimir Putin", 2000, 2023),
            new Person("People/Japan/Abe Shinzo", "Shinzo Abe", 2006, 2020), new Person("People/Japan/Koizumi Junichiro", "Junichiro Koizumi", 2001, 2006),
            new Person("People/Korea/Kim Jong-un", "Kim Jong-un", 2012, 2023), new Person("People/Korea/Kim Jong-il", "Kim Jong-il", 1994, 2011),
            new Person("People/Korea/Moon Jae-in", "Moon Jae-in", 2017, 2022), new Person("People/Europe/Merkel", "Angela Merkel", 2005, 2021),
            new Person("People/Europe/Thatcher", "Margaret Thatcher", 1987, 1990), new Person("People/Europe/Macron", "Emmanuel Macron", 2017, 2023),
            new Person("People/Hong Kong/Chris Patten", "Chris Patten", 1992, 1997), new Person("People/Hong Kong/Carrie Lam", "Carrie Lam", 2017, 2022),
            new Person("People/US/Christopher", "Warren Christopher", 1993, 1996), new Person("People/US/Rice", "Condoleezza Rice", 2005, 2008),
            new Person("People/US/Kerry", "John Kerry", 2013, 2016), new Person("People/US/Paulson", "Henry Paulson", 2006, 2008),
            new Person("People/US/Greenspan", "Alan Greenspan", 1987, 2006), new Person("People/US/Bernanke", "Ben Bernanke", 2006, 2014));

    private static final String[] REGIONS = {
        "Asia/Japan", "Asia/South Korea", "Asia/North Korea", "Asia/India", "Asia/Pakistan", "Asia/ASEAN/Vietnam",
        "Asia/ASEAN/Philippines", "Asia/ASEAN/Indonesia", "Asia/ASEAN/Malaysia", "Asia/ASEAN/Singapore", "Asia/ASEAN/Thailand",
        "Asia/Mongolia", "Asia/Central Asia/Kazakhstan", "Asia/Central Asia/Uzbekistan", "Europe/Germany", "Europe/France",
        "Europe/UK", "Europe/EU", "Europe/Italy", "Europe/Poland", "Europe/Nordics", "Americas/Canada", "Americas/Mexico",
        "Americas/Brazil", "Americas/Venezuela", "Americas/Argentina", "Africa/Nigeria", "Africa/South Africa", "Africa/Ethiopia",
        "Africa/Kenya", "Africa/Djibouti", "Middle East/Iran", "Middle East/Iraq", "Middle East/Saudi Arabia", "Middle East/Israel",
        "Middle East/Syria", "Middle East/Turkey", "Middle East/Gulf States", "Oceania/Australia", "Oceania/Pacific Islands",
    };
    private static final String[] DESK = {
        "Desk/Follow up", "Desk/Quote", "Desk/Background", "Desk/Numbers", "Desk/Check source", "Desk/Translation needed",
        "Desk/Briefing/Weekly", "Desk/Briefing/Monthly", "Desk/Briefing/Ad hoc",
    };
    private static final String[] EXTRA_TAGS = {
        "China-US/Trade/Soybeans", "China-US/Trade/Intellectual Property", "China-US/Tech/Export-Controls",
        "China-US/Tech/TikTok", "China-US/Military/Balloon", "China-US/Military/Contacts", "China-US/Diplomacy/Visits",
        "China-US/Diplomacy/Consulates", "China-US/Human-Rights/Xinjiang", "China-US/Human-Rights/Dissidents",
        "Energy/Oil/Sanctions", "Energy/Oil/Reserves", "Energy/Gas/Pipelines", "Energy/Nuclear/Plants", "Energy/Coal",
        "Energy/Renewables/Wind", "Energy/Renewables/Batteries", "Economy/Markets/Stocks", "Economy/Markets/Bonds",
        "Economy/Central-Banks/PBOC", "Economy/Central-Banks/ECB", "Economy/Crises/Euro-Debt", "Economy/Growth",
        "Economy/Jobs", "Economy/Property", "Security/Korea/Summits", "Security/Russia/NATO", "Security/Middle-East/Iraq-2003",
        "Security/Middle-East/Syria", "Security/Cyber", "Health/Pandemics/H1N1", "Health/Drugs", "Climate/Summits/Kyoto",
        "Climate/Summits/Copenhagen", "Climate/Emissions", "Politics/Europe/Brexit", "Politics/China/Anti-Corruption",
    };

    private static final String[][] SOURCES = {
        {"Reuters", "reuters.com"}, {"Associated Press", "apnews.com"}, {"AFP", "afp.com"}, {"UPI", "upi.com"},
        {"Kyodo", "english.kyodonews.net"}, {"Xinhua", "xinhuanet.com"}, {"Bloomberg", "bloomberg.com"},
        {"Financial Times", "ft.com"}, {"New York Times", "nytimes.com"}, {"South China Morning Post", "scmp.com"},
    };
    private static final String[][] CJK_SOURCES = {{"新华社", "news.cn"}, {"人民日报", "people.com.cn"}, {"联合早报", "zaobao.com"}, {"中央社", "cna.com.tw"}};
    private static final String[] DATELINES = {
        "BEIJING", "WASHINGTON", "TAIPEI", "HONG KONG", "SHANGHAI", "TOKYO", "SEOUL", "LONDON", "GENEVA", "VIENNA",
        "SINGAPORE", "NEW YORK", "MOSCOW", "BRUSSELS", "UNITED NATIONS", "MANILA", "RIYADH",
    };
    private static final String[] COUNTRIES = {"China", "the United States", "Taiwan", "Japan", "Russia", "the European Union", "South Korea", "India"};
    private static final String[] FIRST = {"James", "Mei", "David", "Li", "Sarah", "Tomoko", "Michael", "Ying", "Paul", "Anna", "Robert", "Hui", "John", "Elena", "Kevin", "Jing"};
    private static final String[] LAST = {"Mann", "Zhang", "Brown", "Chen", "Lague", "Saito", "Martina", "Wang", "Holmes", "Kim", "Shepherd", "Liu", "Pomfret", "Ivanova", "Lee", "Wu"};

    private static final String[] TITLES = {
        "%1$s warns %2$s over %3$s", "%2$s and %4$s hold talks on %3$s", "Analysis: what %3$s means for %2$s",
        "%1$s says %3$s will not derail ties", "Markets watch %3$s as %2$s weighs response", "%2$s protests %3$s",
        "Officials meet in %5$s amid row over %3$s", "%1$s to visit %5$s; %3$s on agenda", "Factbox: %3$s",
        "%2$s signals shift on %3$s", "Exclusive: %2$s prepares new steps on %3$s", "%1$s defends stance on %3$s",
    };
    private static final String[] SENTENCES = {
        "%1$s said on %6$s that %3$s would be discussed at the highest level.",
        "Officials in %2$s described the talks as \"candid and constructive\" but gave no details.",
        "The dispute over %3$s has weighed on relations between %2$s and %4$s for %7$d months.",
        "Analysts said %3$s was unlikely to be settled before the end of the year.",
        "\"We will not accept any interference in our internal affairs,\" a spokesman for %2$s said.",
        "A senior official, who asked not to be named because the talks were private, said progress had been slow.",
        "Trade between the two sides reached $%7$d billion last year, according to official figures.",
        "%1$s is expected to raise %3$s when the delegations meet again in %5$s next month.",
        "Diplomats in %5$s said the mood had improved since the last round of talks.",
        "The statement made no mention of %3$s, which has dominated headlines for weeks.",
        "%4$s called on %2$s to show restraint and return to dialogue.",
        "Shares in %5$s fell %7$d.%8$d percent on the news before recovering in afternoon trade.",
        "It was the %9$s such meeting this year, and the first since tensions over %3$s flared.",
        "Reporters were not allowed into the meeting room; a brief readout was issued afterwards.",
    };
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};
    private static final String[] CJK_TITLES = {"外交部发言人就%s答记者问", "%s：专家解读最新动向", "关于%s的几点看法", "%s引发各方关注", "评论：%s背后的逻辑"};
    private static final String[] CJK_SENTENCES = {
        "外交部发言人%s在例行记者会上表示，中方在%s问题上的立场是一贯的、明确的。",
        "分析人士指出，%s问题短期内难以得到解决，双方仍需保持沟通。",
        "据%s报道，有关各方将于下月在%s举行新一轮磋商。",
        "中方敦促美方恪守承诺，停止在%s问题上的错误做法。",
        "业内人士认为，%s对地区经济的影响将逐步显现。",
        "双方同意继续就%s保持密切沟通，推动关系健康稳定发展。",
    };
    private static final String[] CJK_SPOKESPEOPLE = {"耿爽", "华春莹", "赵立坚", "汪文斌", "毛宁", "秦刚", "洪磊", "沈国放"};

    private final long seed;
    private final double taggedShare;
    private final List<YearMonth> months = new ArrayList<>();
    private final double[] monthCdf;

    /**
     * @param taggedShare the share of clippings that carry tags (0.02: a few hundred in 20,000;
     *                    up to 1: all of them)
     */
    public WireStories(long seed, double taggedShare) {
        if (!(taggedShare >= 0 && taggedShare <= 1)) {
            throw new IllegalArgumentException("the tagged share must be between 0 and 1, not " + taggedShare);
        }
        this.seed = seed;
        this.taggedShare = taggedShare;
        Random r = new Random(seed);
        List<Double> weights = new ArrayList<>();
        for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
            months.add(m);
            double w = inGap(m) ? 0 : Math.exp(0.075 * (m.getYear() - FIRST_MONTH.getYear())) * (0.6 + 0.8 * r.nextDouble());
            for (Spike s : SPIKES) {
                if (YearMonth.from(s.day()).equals(m)) {
                    w += s.weight() * Math.exp(0.075 * (m.getYear() - FIRST_MONTH.getYear())) * 4;
                }
            }
            if (r.nextInt(40) == 0) {
                w = 0; // the odd month with nothing filed
            }
            weights.add(w);
        }
        monthCdf = new double[weights.size()];
        double sum = 0;
        for (int k = 0; k < weights.size(); k++) {
            sum += weights.get(k);
            monthCdf[k] = sum;
        }
        for (int k = 0; k < monthCdf.length; k++) {
            monthCdf[k] /= sum;
        }
    }

    private static boolean inGap(YearMonth m) {
        return GAPS.stream().anyMatch(g -> !m.isBefore(g[0]) && !m.isAfter(g[1]));
    }

    /** Every tag of the archive's tree (a few hundred, up to four levels), tagged or not. */
    public static List<String> allTags() {
        Set<String> out = new LinkedHashSet<>();
        TOPICS.forEach(t -> out.add(t.tag()));
        out.addAll(List.of(EXTRA_TAGS));
        PEOPLE.forEach(p -> out.add(p.tag()));
        for (int k = 0; k < REGIONS.length; k++) {
            out.add("Regions/" + REGIONS[k]);
            if (k % 4 != 3) { // most countries get their own politics and economy folders
                out.add("Regions/" + REGIONS[k] + "/Politics");
                out.add("Regions/" + REGIONS[k] + "/Economy");
            }
        }
        out.addAll(List.of(DESK));
        for (int y = 1987; y <= 2023; y++) {
            out.add("Desk/Reports/" + y);
        }
        return List.copyOf(out);
    }

    public NewClipping clipping(long i) {
        Random r = new Random(seed * 1_000_003L + i * 7_919L);
        LocalDate day = day(r);
        int year = day.getYear();
        List<Topic> topics = TOPICS.stream().filter(t -> t.from() <= year && year <= t.to()).toList();
        Topic topic = topics.get(r.nextInt(topics.size()));
        List<Person> people = PEOPLE.stream().filter(p -> p.from() <= year && year <= p.to()).toList();
        Person person = people.get(r.nextInt(people.size()));
        boolean chinese = r.nextInt(20) == 0;
        PublishedDate date = date(r, day);
        List<String> tags = r.nextDouble() < taggedShare ? tags(r, topic, person, year) : List.of();
        return chinese ? chinese(r, i, day, date, topic, tags) : english(r, i, day, date, topic, person, tags);
    }

    private LocalDate day(Random r) {
        double u = r.nextDouble();
        int k = java.util.Arrays.binarySearch(monthCdf, u);
        k = Math.min(months.size() - 1, k < 0 ? -k - 1 : k);
        YearMonth m = months.get(k);
        for (Spike s : SPIKES) {
            if (YearMonth.from(s.day()).equals(m) && r.nextInt(3) > 0) {
                // Around the event: most of the month's stories fall in the days just after it.
                LocalDate d = s.day().plusDays(Math.round(Math.abs(r.nextGaussian()) * 4));
                return YearMonth.from(d).equals(m) ? d : s.day();
            }
        }
        int dow;
        LocalDate d;
        do {
            d = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
            dow = d.getDayOfWeek().getValue();
        } while (dow >= 6 && r.nextInt(3) > 0); // fewer stories at weekends
        return d;
    }

    private static PublishedDate date(Random r, LocalDate day) {
        int p = r.nextInt(100);
        if (p < 3) {
            return null; // undated: pasted without a dateline
        }
        DateOrigin origin = p < 60 ? DateOrigin.TEXT : p < 85 ? DateOrigin.METADATA : DateOrigin.HEADER;
        if (p < 6) {
            return new PublishedDate(day, DatePrecision.MONTH, DateOrigin.USER);
        }
        if (p < 7) {
            return new PublishedDate(day, DatePrecision.YEAR, DateOrigin.USER);
        }
        return PublishedDate.day(day, origin);
    }

    private static List<String> tags(Random r, Topic topic, Person person, int year) {
        List<String> out = new ArrayList<>();
        out.add(topic.tag());
        if (r.nextInt(2) == 0) {
            out.add(person.tag());
        }
        if (r.nextInt(4) == 0) {
            out.add("Regions/" + REGIONS[r.nextInt(REGIONS.length)]);
        }
        if (r.nextInt(5) == 0) {
            out.add(DESK[r.nextInt(DESK.length)]);
        }
        if (year >= 1990 && r.nextInt(6) == 0) {
            out.add("Desk/Reports/" + year);
        }
        return out;
    }

    private static NewClipping english(Random r, long i, LocalDate day, PublishedDate date, Topic topic, Person person,
            List<String> tags) {
        String thing = topic.things()[r.nextInt(topic.things().length)];
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String other = COUNTRIES[(java.util.Arrays.asList(COUNTRIES).indexOf(country) + 1 + r.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length];
        String place = capitalized(DATELINES[r.nextInt(DATELINES.length)]);
        String title = capitalizeFirst(String.format(Locale.ROOT, TITLES[r.nextInt(TITLES.length)], person.name(), country, thing, other, place));
        String[] source = SOURCES[r.nextInt(day.getYear() < 1996 ? 5 : SOURCES.length)];
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + r.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder para = new StringBuilder();
            if (p == 0 && date != null) {
                para.append(DATELINES[r.nextInt(DATELINES.length)]).append(", ")
                        .append(day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ').append(day.getDayOfMonth())
                        .append(" (").append(source[0].equals("Associated Press") ? "AP" : source[0]).append(") - ");
            }
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    para.append(' ');
                }
                para.append(String.format(Locale.ROOT, SENTENCES[r.nextInt(SENTENCES.length)], person.name(), country, thing, other,
                        place, weekday, 2 + r.nextInt(400), r.nextInt(10), ORDINALS[r.nextInt(ORDINALS.length)]));
            }
            body.append(p == 0 ? "" : "\n\n").append(para);
        }
        body.append("\n\n(Reporting by ").append(name(r)).append("; editing by ").append(name(r)).append(")\n\nRef. ").append(String.format(Locale.ROOT, "WS-%07d", i + 1));
        String text = hardWrapped(r, day.getYear()) ? wrap(body.toString(), 64 + r.nextInt(10)) : body.toString();
        String url = day.getYear() < 1996 ? null : "https://www." + source[1] + "/world/" + slug(title) + "-" + day.toString().replace("-", "") + "-" + (i + 1);
        String author = r.nextInt(4) == 0 ? null : name(r);
        return new NewClipping(title, text, r.nextInt(25) == 0 ? "Check the figures against the ministry's statement." : "",
                date, source[0], url, author, tags, null, null);
    }

    private static NewClipping chinese(Random r, long i, LocalDate day, PublishedDate date, Topic topic, List<String> tags) {
        String thing = topic.cjkThings()[r.nextInt(topic.cjkThings().length)];
        String[] source = CJK_SOURCES[r.nextInt(CJK_SOURCES.length)];
        String title = String.format(CJK_TITLES[r.nextInt(CJK_TITLES.length)], thing);
        StringBuilder body = new StringBuilder();
        if (date != null) {
            body.append(source[0]).append("北京").append(day.getMonthValue()).append("月").append(day.getDayOfMonth()).append("日电 ");
        }
        int paragraphs = 2 + r.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            body.append(p == 0 ? "" : "\n\n");
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String pattern = CJK_SENTENCES[r.nextInt(CJK_SENTENCES.length)];
                int slots = pattern.split("%s", -1).length - 1;
                Object[] args = slots == 2 ? new Object[] {CJK_SPOKESPEOPLE[r.nextInt(CJK_SPOKESPEOPLE.length)], thing}
                        : new Object[] {thing};
                if (pattern.startsWith("据")) {
                    args = new Object[] {source[0], "日内瓦"};
                }
                body.append(String.format(pattern, args));
            }
        }
        body.append("（编号").append(i + 1).append("）");
        String url = day.getYear() < 1998 ? null : "https://www." + source[1] + "/world/" + day.toString().replace("-", "") + "/" + (i + 1) + ".html";
        return new NewClipping(title, body.toString(), "", date, source[0], url, null, tags, null, null);
    }

    /** Older wire copy came with hard line breaks; fewer stories have them as the years go on. */
    private static boolean hardWrapped(Random r, int year) {
        return r.nextInt(100) < (year < 1996 ? 80 : year < 2008 ? 35 : 10);
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width);
        for (String para : text.split("\n\n", -1)) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            int column = 0;
            for (String word : para.split(" ")) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
        }
        return out.toString();
    }

    private static String name(Random r) {
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    private static String capitalized(String upper) {
        StringBuilder b = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static String capitalizeFirst(String s) {
        return s.startsWith("the ") ? "The " + s.substring(4) : s;
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
