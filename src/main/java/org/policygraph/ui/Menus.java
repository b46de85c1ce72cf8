package org.policygraph.ui;

import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.policygraph.graph.Centrality;
import org.policygraph.io.ExportFormat;
import org.policygraph.layout.LayoutKind;
import org.policygraph.ui.state.ExplorerViewModel;

/** The menu bar: File, Edit, View, Explore, Ask, Help, each action with its accelerator. */
final class Menus {
    private final MainWindow w;
    private final ExplorerViewModel vm;

    Menus(MainWindow window) {
        this.w = window;
        this.vm = window.explorer();
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), w.briefings().viewsMenu(), explore(), ask(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private Menu file() {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            w.load().recent().list().forEach(p -> recent.getItems().add(item(p.toString(), null, () -> w.open(List.of(p)))));
            if (recent.getItems().isEmpty()) recent.getItems().add(disabled("(nothing yet)"));
        });
        recent.getItems().add(disabled("(nothing yet)"));
        Menu export = new Menu("Export graph as");
        for (ExportFormat f : ExportFormat.values()) {
            export.getItems().add(item(f.name() + " (." + f.extension() + ")", null, () -> w.exports().exportGraph(w.stage(), f)));
        }
        Menu file = new Menu("File", null,
                item("Open files…", "Shortcut+O", w::openFilesDialog),
                item("Open folder…", "Shortcut+Shift+O", w::openFolderDialog),
                recent,
                new SeparatorMenuItem(),
                item("Export…", "Shortcut+E", () -> w.exports().chooseAndExport(w.stage())),
                export,
                item("Export view as PNG…", "Shortcut+Shift+E", () -> w.exports().exportPng(w.stage())),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", this::quit));
        file.getItems().addAll(file.getItems().size() - 2, w.curation().fileMenuItems());
        file.getItems().addAll(0, w.briefings().fileItems());
        return file;
    }

    /** Quitting asks the same as closing the window (unsaved project changes). */
    private void quit() {
        if (w.stage() == null) return;
        javafx.stage.WindowEvent close = new javafx.stage.WindowEvent(w.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        if (w.stage().getOnCloseRequest() != null) w.stage().getOnCloseRequest().handle(close);
        if (!close.isConsumed()) w.stage().close();
    }

    private static MenuItem disabled(String text) {
        MenuItem m = new MenuItem(text);
        m.setDisable(true);
        return m;
    }

    private Menu edit() {
        Menu edit = new Menu("Edit", null,
                item("Find…", "Shortcut+F", () -> w.search().requestFocus()),
                item("Clear selection", null, vm::clearSelection),
                new SeparatorMenuItem(),
                item("Hide selected node", "Shortcut+H", vm::hideSelected),
                item("Show hidden nodes", "Shortcut+Shift+H", vm::showHidden));
        edit.getItems().addAll(0, w.curation().editMenuItems());
        return edit;
    }

    private Menu view() {
        ToggleGroup layouts = new ToggleGroup();
        Menu layout = new Menu("Layout");
        for (LayoutKind k : LayoutKind.values()) {
            RadioMenuItem r = new RadioMenuItem(Labels.layout(k));
            r.setToggleGroup(layouts);
            r.setSelected(k == vm.settings().layout());
            r.setOnAction(e -> vm.update(s -> s.withLayout(k)));
            layout.getItems().add(r);
        }
        ToggleGroup sizes = new ToggleGroup();
        Menu size = new Menu("Size nodes by");
        for (Centrality c : Centrality.values()) {
            RadioMenuItem r = new RadioMenuItem(Labels.centrality(c).replace("Size: ", ""));
            r.setToggleGroup(sizes);
            r.setSelected(c == vm.settings().centrality());
            r.setOnAction(e -> vm.update(s -> s.withCentrality(c)));
            size.getItems().add(r);
        }
        CheckMenuItem communities = new CheckMenuItem("Colour communities");
        communities.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        communities.setOnAction(e -> vm.toggleCommunities());
        vm.settingsProperty().addListener((o, a, s) -> communities.setSelected(s.communities()));
        CheckMenuItem live = new CheckMenuItem("Live layout (up to 60 nodes)");
        live.setOnAction(e -> live.setSelected(w.graphView().setLiveLayout(live.isSelected())));
        return new Menu("View", null,
                item("Fit to window", "Shortcut+0", w.graphView()::fit),
                item("Show graph", "Shortcut+G", w::showGraph),
                layout, size, communities, live,
                new SeparatorMenuItem(),
                item("Lay out again", "Shortcut+L", vm::relayout),
                item("Show all nodes", "Shortcut+M", vm::showMore));
    }

    private Menu explore() {
        MenuItem back = item("Back", "Alt+Left", vm::back);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        MenuItem forward = item("Forward", "Alt+Right", vm::forward);
        forward.disableProperty().bind(vm.canGoForwardProperty().not());
        return new Menu("Explore", null, back, forward,
                new SeparatorMenuItem(),
                item("Focus: 1 hop", "Shortcut+1", () -> vm.focus(1)),
                item("Focus: 2 hops", "Shortcut+2", () -> vm.focus(2)),
                item("Focus: 3 hops", "Shortcut+3", () -> vm.focus(3)),
                item("Clear focus", "Shortcut+Shift+0", vm::clearFocus),
                new SeparatorMenuItem(),
                item("Expand / fold selected", "Shortcut+Enter", () -> { if (vm.selectedId() != null) vm.toggleExpand(vm.selectedId()); }),
                item("Clear highlighted answer", null, vm::clearAnswer));
    }

    private Menu ask() {
        return new Menu("Ask", null,
                item("Path from A to B…", "Shortcut+P", () -> w.ask().path()),
                item("Who partners with X…", null, () -> w.ask().partners()),
                item("Which agencies appear with country Z…", null, () -> w.ask().agenciesWithCountry()),
                item("Everything this document says…", null, () -> w.ask().documentSays()));
    }

    private Menu help() {
        return new Menu("Help", null, item("Keyboard and mouse", "F1", w.help()::toggle));
    }
}
