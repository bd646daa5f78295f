package com.activationdesk.request.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.activationdesk.request.service.GridOptions;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.SavedFilters;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * The request grid's table columns as the user arranged them: order, visibility and widths, remembered per user
 * through {@link SavedFilters} after every change. Which columns a role may see at all stays with
 * {@link GridOptions}; the chooser offers only those. At phone width one card column replaces the table: it exists
 * only then, as a hidden column's cells would still be rendered for every loaded row.
 *
 * <p>The arrangement is stored as the columns in order, e.g. {@code reference:140px,customer,!platform}: a
 * {@code !} hides a column, a width is one the user dragged.
 */
final class GridColumns {

    /** Until the user chooses otherwise, these wait in the chooser, so the rest fits at 1440 px beside the menu. */
    private static final Set<String> HIDDEN_BY_DEFAULT = Set.of("country", "platform", "distributor", "invitation", "manager");
    /** The key of the phone-width card column. */
    static final String CARD_KEY = "card";
    private static final Pattern WIDTH = Pattern.compile("\\d{1,4}(\\.\\d{1,3})?px");

    private final Grid<RequestRow> grid;
    private final SavedFilters store;
    private final Supplier<Grid.Column<RequestRow>> cardColumn;
    /** The card column while in card mode, else none. */
    private Grid.Column<RequestRow> cards;
    /** The table columns the role may see, by key, with their chooser entries. */
    private final Map<String, MenuItem> chooser = new LinkedHashMap<>();
    private final Map<String, Boolean> visible = new LinkedHashMap<>();
    /** Each table column's own renderer and tooltip, set aside while the column is hidden. */
    private final Map<String, Renderer<RequestRow>> renderers = new HashMap<>();
    private final Map<String, SerializableFunction<RequestRow, String>> tooltips = new HashMap<>();
    private boolean cardMode;

    /**
     * @param available the table columns the role may see, by key, with their headers in the viewer's language
     * @param cardColumn adds the phone-width column (key {@link #CARD_KEY}) to the grid, when card mode begins
     */
    GridColumns(Grid<RequestRow> grid, Map<String, String> available, Supplier<Grid.Column<RequestRow>> cardColumn,
                SavedFilters store, MenuBar chooserMenu) {
        this.grid = grid;
        this.store = store;
        this.cardColumn = cardColumn;
        grid.setColumnReorderingAllowed(true);
        SubMenu menu = chooserMenu.getItems().getFirst().getSubMenu();
        available.forEach((key, header) -> {
            MenuItem item = menu.addItem(header, event -> toggle(key));
            item.setCheckable(true);
            item.setId("column-" + key);
            // Keeps the menu open, so several columns can be switched in one go.
            item.setKeepOpen(true);
            chooser.put(key, item);
            visible.put(key, !HIDDEN_BY_DEFAULT.contains(key));
        });
        grid.getColumns().forEach(column -> {
            renderers.put(column.getKey(), column.getRenderer());
            tooltips.put(column.getKey(), column.getTooltipGenerator());
            column.setResizable(true);
            display(column, false);
        });
        grid.addColumnReorderListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
        grid.addColumnResizeListener(event -> {
            if (event.isFromClient()) {
                event.getResizedColumn().setFlexGrow(0);
                save();
            }
        });
        restore(store.myColumns().orElse(""));
    }

    /** The chooser: one menu button whose entries switch the columns on and off. */
    static MenuBar chooserMenu(String label) {
        MenuBar bar = new MenuBar();
        bar.setId("column-chooser");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        bar.addItem(label).addComponentAsFirst(new Icon(VaadinIcon.GRID_V));
        return bar;
    }

    /** Applies a stored arrangement; unknown keys and malformed widths are skipped, missing columns keep defaults. */
    private void restore(String arrangement) {
        List<Grid.Column<RequestRow>> order = new ArrayList<>();
        for (String entry : arrangement.split(",")) {
            boolean hidden = entry.startsWith("!");
            String[] parts = (hidden ? entry.substring(1) : entry).split(":", 2);
            Grid.Column<RequestRow> column = grid.getColumnByKey(parts[0]);
            if (column == null || order.contains(column)) {
                continue;
            }
            order.add(column);
            if (visible.containsKey(parts[0])) {
                visible.put(parts[0], !hidden);
            }
            if (parts.length == 2 && WIDTH.matcher(parts[1]).matches()) {
                column.setWidth(parts[1]).setFlexGrow(0);
            }
        }
        grid.getColumns().stream().filter(column -> !order.contains(column)).forEach(order::add);
        grid.setColumnOrder(order);
        show();
    }

    /** Phone width: one card per request instead of the table; the arrangement stays for the wide screen. */
    void useCards(boolean phone) {
        if (phone != cardMode) {
            cardMode = phone;
            show();
        }
    }

    boolean cardMode() {
        return cardMode;
    }

    private void toggle(String key) {
        visible.put(key, !visible.get(key));
        show();
        save();
    }

    private void show() {
        if (cardMode && cards == null) {
            cards = cardColumn.get();
        } else if (!cardMode && cards != null) {
            grid.removeColumn(cards);
            cards = null;
        }
        grid.setClassName("cards", cardMode);
        visible.forEach((key, shown) -> {
            display(grid.getColumnByKey(key), shown && !cardMode);
            chooser.get(key).setChecked(shown);
        });
    }

    /**
     * Flow renders a hidden column's cells and tooltips for every loaded row all the same, and each tab keeps its
     * last response: so a hidden column renders nothing until it is shown again.
     */
    private void display(Grid.Column<RequestRow> column, boolean shown) {
        String key = column.getKey();
        boolean rendering = column.getRenderer() == renderers.get(key);
        if (shown != rendering) {
            column.setRenderer(shown ? renderers.get(key) : LitRenderer.of(""));
            if (tooltips.get(key) != null) {
                column.setTooltipGenerator(shown ? tooltips.get(key) : row -> null);
            }
        }
        column.setVisible(shown);
    }

    /** The arrangement as stored: every table column in the grid's order. */
    String arrangement() {
        List<String> entries = new ArrayList<>();
        for (Grid.Column<RequestRow> column : grid.getColumns()) {
            String key = column.getKey();
            if (!visible.containsKey(key)) {
                continue;
            }
            String width = column.getFlexGrow() == 0 && column.getWidth() != null
                    && WIDTH.matcher(column.getWidth()).matches() ? ":" + column.getWidth() : "";
            entries.add((visible.get(key) ? "" : "!") + key + width);
        }
        return String.join(",", entries);
    }

    private void save() {
        store.saveMyColumns(arrangement());
    }
}
