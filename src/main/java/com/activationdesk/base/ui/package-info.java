@org.springframework.modulith.NamedInterface("ui")
package com.activationdesk.base.ui;
