package com.activationdesk.api.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import com.activationdesk.base.domain.FieldValidationException;

/**
 * Refuses endpoint URLs that would make the app call into its own network (SSRF): every address the host
 * resolves to must be public, and the scheme https, unless the host is allowed by configuration. Checked at
 * registration and again before each delivery, since DNS may change in between.
 */
final class WebhookUrls {

    private final WebhookProperties properties;

    WebhookUrls(WebhookProperties properties) {
        this.properties = properties;
    }

    URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException("url", "api.webhook.error.url");
        }
        String host = uri.getHost();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (host == null || uri.getUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new FieldValidationException("url", "api.webhook.error.url");
        }
        boolean allowed = properties.allowedHosts().contains(host.toLowerCase(Locale.ROOT));
        if (!allowed && !scheme.equals("https")) {
            throw new FieldValidationException("url", "api.webhook.error.https");
        }
        if (!allowed) {
            try {
                for (InetAddress address : InetAddress.getAllByName(host)) {
                    if (internal(address)) {
                        throw new FieldValidationException("url", "api.webhook.error.internal");
                    }
                }
            } catch (UnknownHostException e) {
                throw new FieldValidationException("url", "api.webhook.error.unknown-host");
            }
        }
        return uri;
    }

    private static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127); // "this network", carrier-grade NAT
    }
}
