@org.springframework.modulith.NamedInterface("service")
package com.activationdesk.organization.service;
