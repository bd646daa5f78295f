@org.springframework.modulith.NamedInterface("i18n")
package com.activationdesk.base.i18n;
