/** The one structured logger for security events (logins, lock-outs, refusals, password changes). */
@org.springframework.modulith.NamedInterface("securitylog")
package com.activationdesk.base.securitylog;
