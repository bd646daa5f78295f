/**
 * Co-administrators of an activated tenant, for any view that shows a request: the customer admin's tenant page
 * here, and the request detail view (Cloud Ops adding on documented consent, a partner seeing whether they are
 * co-administrator).
 */
@org.springframework.modulith.NamedInterface("coadmin")
package com.activationdesk.invitation.coadmin;
