@org.springframework.modulith.NamedInterface("domain")
package com.activationdesk.organization.domain;
