package org.clipfile.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clipfile.ui.common.WebOnlyBrowser;
import org.junit.jupiter.api.Test;

/** Only http and https addresses ever reach the desktop; everything else is shown, not opened. */
class WebAddressTest {
    static final List<String> NOT_WEB = List.of(
            "ms-msdt:/id PCWDiagnostic /skip force /param \"IT_RebrowseForFile=?\"",
            "file:///etc/passwd", "FILE:///C:/Windows/System32/calc.exe", "javascript:alert(1)", "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "smb://server/share", "\\\\server\\share\\x.exe", "C:\\Windows\\calc.exe",
            "/etc/passwd", "mailto:a@b.c", "search-ms:query=x", "vbscript:msgbox", "ftp://example.org/x", "http:/no-host",
            "http://", "https:///path", "http:example.org", " ", "", "http://exa mple.org", "http://example.org/\nfile:///x",
            "https://example.org/\u0000", "https://example.org/\u202Egnp.exe", "\u0000https://example.org", "x-apple.systempreferences:",
            "ms-settings:", "tel:+123", "about:blank", "chrome://settings", "jar:file:/x.jar!/", "https//example.org");

    @Test
    void webAddressesOpen() {
        for (String ok : List.of("https://example.org/a", "http://example.org", "HTTPS://Example.org/x?y=1#z",
                "  https://www.reuters.com/world/china/2023-06-14/  ", "https://zh.wikipedia.org/wiki/台湾",
                "http://127.0.0.1:8080/x")) {
            assertThat(WebAddress.isWebAddress(ok)).as(ok).isTrue();
        }
    }

    @Test
    void nothingElseIsAWebAddress() {
        for (String bad : NOT_WEB) {
            assertThat(WebAddress.isWebAddress(bad)).as(bad).isFalse();
        }
        assertThat(WebAddress.isWebAddress(null)).isFalse();
    }

    @Test
    void noOtherSchemeReachesTheDesktop() {
        List<String> desktop = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        WebOnlyBrowser browser = new WebOnlyBrowser(desktop::add, refused::add);
        for (String bad : NOT_WEB) {
            browser.open(bad);
        }
        browser.open(null);
        assertThat(desktop).isEmpty();
        assertThat(refused).hasSize(NOT_WEB.size() + 1).contains("file:///etc/passwd");

        browser.open(" https://example.org/a ");
        assertThat(desktop).containsExactly("https://example.org/a");
    }
}
