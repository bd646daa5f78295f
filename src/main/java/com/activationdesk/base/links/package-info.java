/** The base URL of links the app mails (invitations, password resets), from one place. */
@org.springframework.modulith.NamedInterface("links")
package com.activationdesk.base.links;
