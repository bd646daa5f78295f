@org.springframework.modulith.NamedInterface("scheduling")
package com.activationdesk.base.scheduling;
