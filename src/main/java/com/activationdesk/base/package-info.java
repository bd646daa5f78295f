/**
 * Shared technical foundation: embedded database, translations, domain errors and the application shell.
 * Depends on no other feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package com.activationdesk.base;
