/** The request grid; its URL format ({@link com.activationdesk.request.ui.RequestFilterParameters}) is what other views link to. */
@org.springframework.modulith.NamedInterface("ui")
package com.activationdesk.request.ui;
