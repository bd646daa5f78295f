@org.springframework.modulith.NamedInterface("ui")
package com.activationdesk.security.ui;
