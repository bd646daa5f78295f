package com.activationdesk.request;

import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSort;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/**
 * Typed navigation to the request views: the only place that knows their routes. Other modules (dashboards)
 * link to the grid with a filter or to one request through this class, never through the views.
 */
public final class RequestLinks {

    public static final String GRID_ROUTE = "requests";
    public static final String NEW_ROUTE = GRID_ROUTE + "/new";
    public static final String ID_PARAMETER = "id";
    public static final String DETAIL_ROUTE = GRID_ROUTE + "/:" + ID_PARAMETER;
    public static final String EDIT_ROUTE = DETAIL_ROUTE + "/edit";
    /** Query parameter of the form: mark every missing field at once, e.g. after a refused submission. */
    public static final String CHECK_PARAMETER = "check";

    private RequestLinks() {
    }

    /** The grid's URL for a filter, in the grid's default order. */
    public static String grid(RequestFilter filter) {
        return grid(filter, RequestSort.UPDATED, false);
    }

    /** The grid's URL for a filter and an order. */
    public static String grid(RequestFilter filter, RequestSort sort, boolean ascending) {
        return GRID_ROUTE + "?" + new RequestFilterParameters(filter, sort, ascending).toQueryString();
    }

    /** One request's detail page. */
    public static String request(long id) {
        return GRID_ROUTE + "/" + id;
    }

    /** Where a saved request is edited; also the URL after the first save of a new one. */
    public static String edit(long id) {
        return request(id) + "/edit";
    }

    public static void showGrid() {
        UI.getCurrent().navigate(GRID_ROUTE);
    }

    public static void showRequest(long id) {
        UI.getCurrent().navigate(request(id));
    }

    public static void showNewRequest() {
        UI.getCurrent().navigate(NEW_ROUTE);
    }

    /** Opens the form; with {@code check} it marks every field that still needs work. */
    public static void showEdit(long id, boolean check) {
        UI.getCurrent().navigate(edit(id), check ? QueryParameters.of(CHECK_PARAMETER, "true") : QueryParameters.empty());
    }
}
