@org.springframework.modulith.NamedInterface("service")
package com.activationdesk.request.service;
