@org.springframework.modulith.NamedInterface("domain")
package com.activationdesk.base.domain;
