package com.activationdesk.request.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * The request grid's table columns as the user arranged them: order, visibility and widths, remembered per user
 * through {@link SavedFilters} after every change. Which columns a role may see at all stays with
 * {@link GridOptions}; the chooser offers only those. A column is in the grid only while it is shown: Flow renders a
 * hidden column's cells for every loaded row all the same, and its state and listeners cost every open grid memory.
 * At phone width one card column replaces the table.
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

    /**
     * A table column the role may see.
     *
     * @param header its header in the viewer's language, also its entry in the chooser
     * @param add    adds it to the grid, with header and key, when it is shown
     */
    record Definition(String header, Supplier<Grid.Column<RequestRow>> add) {
    }

    private final Grid<RequestRow> grid;
    private final SavedFilters store;
    private final Map<String, Definition> definitions;
    private final Supplier<Grid.Column<RequestRow>> cardColumn;
    /** The card column while in card mode, else none. */
    private Grid.Column<RequestRow> cards;
    private final Map<String, MenuItem> chooser = new LinkedHashMap<>();
    private final Map<String, Boolean> visible = new LinkedHashMap<>();
    /** Every table column's key in the user's order, whether in the grid or not. */
    private final List<String> order = new ArrayList<>();
    /** The widths the user dragged, kept while a column is out of the grid. */
    private final Map<String, String> widths = new HashMap<>();
    private boolean cardMode;

    /**
     * @param definitions the table columns the role may see, by key, in their default order
     * @param cardColumn  adds the phone-width column (key {@link #CARD_KEY}) to the grid, when card mode begins
     */
    GridColumns(Grid<RequestRow> grid, Map<String, Definition> definitions, Supplier<Grid.Column<RequestRow>> cardColumn,
                SavedFilters store, MenuBar chooserMenu) {
        this.grid = grid;
        this.store = store;
        this.definitions = definitions;
        this.cardColumn = cardColumn;
        grid.setColumnReorderingAllowed(true);
        SubMenu menu = chooserMenu.getItems().getFirst().getSubMenu();
        definitions.forEach((key, definition) -> {
            MenuItem item = menu.addItem(definition.header(), event -> toggle(key));
            item.setCheckable(true);
            item.setId("column-" + key);
            // Keeps the menu open, so several columns can be switched in one go.
            item.setKeepOpen(true);
            chooser.put(key, item);
            visible.put(key, !HIDDEN_BY_DEFAULT.contains(key));
            order.add(key);
        });
        grid.addColumnReorderListener(event -> {
            if (event.isFromClient()) {
                reordered();
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
        List<String> restored = new ArrayList<>();
        for (String entry : arrangement.split(",")) {
            boolean hidden = entry.startsWith("!");
            String[] parts = (hidden ? entry.substring(1) : entry).split(":", 2);
            if (!definitions.containsKey(parts[0]) || restored.contains(parts[0])) {
                continue;
            }
            restored.add(parts[0]);
            visible.put(parts[0], !hidden);
            if (parts.length == 2 && WIDTH.matcher(parts[1]).matches()) {
                widths.put(parts[0], parts[1]);
            }
        }
        order.stream().filter(key -> !restored.contains(key)).forEach(restored::add);
        order.clear();
        order.addAll(restored);
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
            display(key, shown && !cardMode);
            chooser.get(key).setChecked(shown);
        });
        List<Grid.Column<RequestRow>> columns = new ArrayList<>(order.stream().map(grid::getColumnByKey)
                .filter(Objects::nonNull).toList());
        if (cards != null) {
            columns.add(cards);
        }
        grid.setColumnOrder(columns);
    }

    /** Adds a column to the grid as it is shown (with the width the user gave it), removes it as it is hidden. */
    private void display(String key, boolean shown) {
        Grid.Column<RequestRow> column = grid.getColumnByKey(key);
        if (shown && column == null) {
            column = definitions.get(key).add().get();
            column.setResizable(true);
            if (widths.containsKey(key)) {
                column.setWidth(widths.get(key)).setFlexGrow(0);
            }
        } else if (!shown && column != null) {
            rememberWidth(column);
            grid.removeColumn(column);
        }
    }

    /** After the user moved columns in the grid: the columns out of the grid keep their places among them. */
    private void reordered() {
        Iterator<String> moved = grid.getColumns().stream().map(Grid.Column::getKey).filter(definitions::containsKey)
                .toList().iterator();
        order.replaceAll(key -> grid.getColumnByKey(key) != null && moved.hasNext() ? moved.next() : key);
    }

    private void rememberWidth(Grid.Column<RequestRow> column) {
        if (column.getFlexGrow() == 0 && column.getWidth() != null && WIDTH.matcher(column.getWidth()).matches()) {
            widths.put(column.getKey(), column.getWidth());
        }
    }

    /** The arrangement as stored: every table column in the user's order. */
    String arrangement() {
        List<String> entries = new ArrayList<>();
        for (String key : order) {
            Grid.Column<RequestRow> column = grid.getColumnByKey(key);
            if (column != null) {
                rememberWidth(column);
            }
            entries.add((visible.get(key) ? "" : "!") + key + (widths.containsKey(key) ? ":" + widths.get(key) : ""));
        }
        return String.join(",", entries);
    }

    private void save() {
        store.saveMyColumns(arrangement());
    }
}
