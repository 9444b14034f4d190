package org.clipfile.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names as news sites write them, in the languages an analyst's sources use: English,
 * German, French, Spanish, Italian, Dutch, Portuguese, Polish, Czech, Slovak, Russian, Ukrainian,
 * Turkish, Swedish, Danish and Norwegian, with their common abbreviations and the genitive forms
 * that Slavic languages use in a date ("3 kwietnia", "3. dubna", "3 апреля", "3 квітня"). A word
 * is looked up folded (lower case, accents removed) so "Mär", "mar", "AOÛT" and "août" all match.
 * A word that means different months in two languages is not in the table.
 */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = build();
    /** Weekdays Monday to Sunday in the same languages (folded), full names and common abbreviations. */
    private static final Map<String, java.time.DayOfWeek> WEEKDAYS = weekdays(new String[] {
            "monday mon montag mo lundi lun lunes lunedi maandag ma segunda poniedzialek pondeli понедельник пн понеділок pazartesi",
            "tuesday tue tues dienstag di mardi mar martes martedi dinsdag terca wtorek utery вторник вт вівторок sali",
            "wednesday wed mittwoch mi mercredi mer miercoles mercoledi woensdag wo quarta sroda streda среда ср середа carsamba",
            "thursday thu thur thurs donnerstag do jeudi jeu jueves giovedi donderdag quinta czwartek ctvrtek четверг чт четвер persembe",
            "friday fri freitag fr vendredi ven viernes venerdi vrijdag vr sexta piatek patek пятница пт пятниця п'ятниця cuma",
            "saturday sat samstag sonnabend sa samedi sam sabado sabato zaterdag za sobota суббота сб субота cumartesi",
            "sunday sun sonntag so dimanche dim domingo domenica zondag zo niedziela nedele воскресенье вс неділя нд pazar"});

    private MonthNames() {
    }

    /** The month (1-12) {@code word} names, or empty. A trailing dot ("Sept.", "janv.") is allowed. */
    static Optional<Integer> month(String word) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return Optional.ofNullable(MONTHS.get(fold(w)));
    }

    /** The weekday {@code word} names in one of those languages ("Mittwoch", "mercredi", "Wed."), or empty. */
    static Optional<java.time.DayOfWeek> weekday(String word) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return Optional.ofNullable(WEEKDAYS.get(fold(w)));
    }

    private static Map<String, java.time.DayOfWeek> weekdays(String[] byDay) {
        Map<String, java.time.DayOfWeek> days = new HashMap<>();
        java.util.Set<String> clashing = new java.util.HashSet<>();
        for (int d = 0; d < 7; d++) {
            for (String word : byDay[d].split(" ")) {
                java.time.DayOfWeek before = days.putIfAbsent(fold(word), java.time.DayOfWeek.of(d + 1));
                if (before != null && before.getValue() != d + 1) {
                    clashing.add(fold(word));
                }
            }
        }
        clashing.forEach(days::remove);
        return Map.copyOf(days);
    }

    /** Lower case without accents: "März" → "marz", "Şubat" → "subat", "października" → "pazdziernika". */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('æ', 'a');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // Cyrillic й decomposes to и + breve; keep Cyrillic letters whole, drop Latin accents only
            if (Character.getType(c) == Character.NON_SPACING_MARK && i > 0
                    && Character.UnicodeBlock.of(decomposed.charAt(i - 1)) != Character.UnicodeBlock.CYRILLIC) {
                continue;
            }
            out.append(c);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static Map<String, Integer> build() {
        String[][] byMonth = {
                // English, German, French, Spanish, Italian, Dutch, Portuguese, Swedish/Danish/Norwegian
                {"january jan januar janvier janv enero ene gennaio gen januari janeiro",
                        "styczen stycznia sty leden ledna januar januara январь января янв січень січня січ ocak"},
                {"february feb februar fevrier fevr febrero febbraio februari fevereiro fev",
                        "luty lutego lut unor unora februar februara февраль февраля фев лютий лютого лют subat"},
                {"march mar marz maerz mars marzo maart mrt marco",
                        "marzec marca brezen brezna marec marca март марта мар березень березня бер mart"},
                {"april apr avril avr abril abr aprile",
                        "kwiecien kwietnia kwi duben dubna aprila апрель апреля апр квітень квітня квіт nisan"},
                {"may mai mayo maggio mag mei maio maj",
                        "maja kveten kvetna maja май мая травень травня трав mayis"},
                {"june jun juni juin junio giugno giu junho",
                        "czerwiec czerwca cze cerven cervna jun juna июнь июня июн червень червня черв haziran"},
                {"july jul juli juillet juil julio luglio lug julho",
                        "lipiec lipca lip cervenec cervence jul jula июль июля июл липень липня лип temmuz"},
                {"august aug august aout agosto ago augustus augusti",
                        "sierpien sierpnia sie srpen srpna august augusta август августа авг серпень серпня серп agustos"},
                {"september sep sept septembre septiembre settembre set setembro",
                        "wrzesien wrzesnia wrz zari septembra сентябрь сентября сен вересень вересня вер eylul"},
                {"october oct oktober okt octobre octubre ottobre ott outubro out",
                        "pazdziernik pazdziernika paz rijen rijna oktobra октябрь октября окт жовтень жовтня жовт ekim"},
                {"november nov novembre noviembre novembro",
                        "listopad listopadu listopada novembra ноябрь ноября ноя листопад листопада лист kasim"},
                {"december dec dezember dez decembre diciembre dic dicembre dezembro",
                        "grudzien grudnia gru prosinec prosince decembra декабрь декабря дек грудень грудня груд aralik"}};
        Map<String, Integer> months = new HashMap<>();
        java.util.Set<String> clashing = new java.util.HashSet<>();
        for (int m = 0; m < 12; m++) {
            for (String list : byMonth[m]) {
                for (String word : list.split(" ")) {
                    String key = fold(word);
                    Integer before = months.putIfAbsent(key, m + 1);
                    if (before != null && before != m + 1) {
                        clashing.add(key);
                    }
                }
            }
        }
        clashing.forEach(months::remove);
        return Map.copyOf(months);
    }
}
