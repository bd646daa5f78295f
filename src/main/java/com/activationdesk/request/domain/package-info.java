@org.springframework.modulith.NamedInterface("domain")
package com.activationdesk.request.domain;
