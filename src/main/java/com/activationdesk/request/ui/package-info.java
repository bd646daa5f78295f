/**
 * The request grid, form and detail view. Shared: {@link com.activationdesk.request.ui.RequestDetailSection} (named
 * interface {@code detail-section}) lets other features add to the detail view.
 */
package com.activationdesk.request.ui;
