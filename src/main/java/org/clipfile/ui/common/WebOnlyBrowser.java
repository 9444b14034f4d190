package org.clipfile.ui.common;

import java.net.URI;
import java.util.Optional;
import org.clipfile.links.WebAddress;

/**
 * The only way a link reaches the desktop: {@code http} and {@code https} addresses go to the
 * desktop's browser; anything else ({@code file:}, {@code ms-msdt:}, ...) is shown to the analyst
 * as "not a web address", with a button to copy it, and never opened. Every place that opens a
 * link goes through this, so a URL written by someone else cannot start a program.
 */
public final class WebOnlyBrowser implements Browser {
    private final Browser desktop;
    private final Refusal refusal;

    /** What to do with an address that is not opened (the window shows it, with "Copy"). */
    @FunctionalInterface
    public interface Refusal {
        void notAWebAddress(String value);
    }

    public WebOnlyBrowser(Browser desktop, Refusal refusal) {
        this.desktop = desktop;
        this.refusal = refusal;
    }

    @Override
    public void open(String url) {
        Optional<URI> web = WebAddress.parse(url);
        if (web.isPresent()) {
            desktop.open(web.get().toString());
        } else {
            refusal.notAWebAddress(url == null ? "" : url.strip());
        }
    }
}
