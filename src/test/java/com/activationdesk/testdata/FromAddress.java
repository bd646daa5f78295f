package com.activationdesk.testdata;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Runs a service call as within an HTTP request from this client address, as the security log and limits read it. */
public final class FromAddress {

    private FromAddress() {
    }

    public static void run(String address, Runnable call) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            call.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
