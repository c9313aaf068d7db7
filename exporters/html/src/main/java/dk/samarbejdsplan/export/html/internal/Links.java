package dk.samarbejdsplan.export.html.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a caller's link safe and valid for an {@code href} attribute. */
final class Links {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final String KEEP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=";

    private Links() {
    }

    /**
     * A relative link or an {@code http}/{@code https} URL, with every character a URL may not hold
     * percent-encoded as UTF-8 (a space becomes {@code %20}).
     *
     * @param href the link as given
     * @return the link to write
     * @throws IllegalArgumentException if it is blank or uses another scheme ({@code javascript:},
     *         {@code data:}, {@code file:}...)
     */
    static String safeHref(String href) {
        String h = href.strip();
        if (h.isEmpty()) {
            throw new IllegalArgumentException("a related file has an empty link");
        }
        Matcher m = SCHEME.matcher(h);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("the related file link '" + h + "' uses the scheme '" + scheme
                        + ":'; only relative links and http or https URLs are allowed");
            }
        }
        StringBuilder sb = new StringBuilder(h.length() + 8);
        boolean fragment = false;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '#' && !fragment) {
                fragment = true;
                sb.append(c);
            } else if (c == '%' && i + 2 < h.length() && isHex(h.charAt(i + 1)) && isHex(h.charAt(i + 2))) {
                sb.append(c);
            } else if (c < 128 && c != '#' && KEEP.indexOf(c) >= 0) {
                sb.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < h.length() ? i + 2 : i + 1;
                for (byte b : h.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
