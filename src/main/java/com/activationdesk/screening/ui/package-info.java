/** The admin view of the sanctions lists: upload, progress of the update, import history. */
package com.activationdesk.screening.ui;
