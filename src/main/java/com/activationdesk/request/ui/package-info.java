/** The request grid, form and detail view; {@link com.activationdesk.request.ui.RequestDetailSection} lets other features add to the detail view. */
@org.springframework.modulith.NamedInterface("ui")
package com.activationdesk.request.ui;
