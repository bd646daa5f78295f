/**
 * Shared technical foundation: embedded database, translations, domain errors and the application shell.
 * Depends on no other feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base", allowedDependencies = {})
package com.activationdesk.base;
