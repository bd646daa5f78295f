@org.springframework.modulith.ApplicationModule(displayName = "Invitations and activation")
package com.activationdesk.invitation;
