package org.policygraph.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.policygraph.graph.Centrality;
import org.policygraph.graph.corrections.CorrectionsJson;
import org.policygraph.layout.LayoutKind;
import org.policygraph.model.Document;
import org.policygraph.model.Problem;
import org.policygraph.ui.brief.Briefings;
import org.policygraph.ui.state.DocumentText;
import org.policygraph.ui.state.EvidenceItem;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.state.LoadViewModel;
import org.policygraph.ui.state.RecentFiles;
import org.policygraph.ui.edit.Curation;
import org.policygraph.ui.view.AskDialogs;
import org.policygraph.ui.view.DetailsView;
import org.policygraph.ui.view.DocumentView;
import org.policygraph.ui.view.GraphView;
import org.policygraph.ui.view.HelpOverlay;
import org.policygraph.ui.view.ProblemsBar;
import org.policygraph.ui.view.SearchBox;
import org.policygraph.ui.view.SidebarView;
import org.policygraph.ui.view.StatusBar;
import org.policygraph.ui.view.Theme;

/**
 * The main window: menus and toolbar on top, filters left, the graph (and opened documents) in the centre,
 * details right, problems and status at the bottom. Wires the views to the shared ViewModels; owns no logic.
 */
public final class MainWindow {
    private final Services services;
    private final Theme theme;
    private final ExplorerViewModel explorer;
    private final LoadViewModel load;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab graphTab;
    private final GraphView graphView;
    private final SearchBox search;
    private final HelpOverlay help = new HelpOverlay();
    private final Exports exports;
    private final Curation curation;
    private final Briefings briefings;
    private Stage stage;

    public MainWindow(Services services) {
        this.services = services;
        this.theme = new Theme(services.ontology());
        this.explorer = new ExplorerViewModel(services.tasks(), services.layouter(), services.ontology());
        this.load = new LoadViewModel(explorer, services.tasks(), services.loader(),
                new RecentFiles(services.preferences()));
        this.graphView = new GraphView(explorer, theme);
        this.search = new SearchBox(explorer, services.ontology());
        this.exports = new Exports(explorer, services.tasks(), graphView, load);
        this.curation = new Curation(explorer, services.tasks(), () -> stage, load.problems()::add);
        this.briefings = new Briefings(explorer, graphView, services.tasks(), services.layouter(), services.ontology(),
                theme, () -> stage, msg -> load.problems().add(new Problem("Export", msg)));
        // a project saves the curation session's corrections; opening one makes its corrections the session's
        // (its graph already has them applied, and the previous session's are not applied to it)
        briefings.projects().useCorrections(() -> CorrectionsJson.toMaps(curation.edits().corrections()), c -> {
            try {
                curation.edits().adoptWithNextGraph(CorrectionsJson.fromMaps(c, "the project"));
            } catch (org.policygraph.graph.corrections.CorrectionsException e) {
                load.problems().add(new Problem("Project", "its corrections could not be read: " + e.getMessage()));
                curation.edits().adoptWithNextGraph(org.policygraph.graph.corrections.CorrectionSet.EMPTY);
            }
        });

        graphTab = new Tab("Graph", graphView);
        graphTab.setClosable(false);
        tabs.getTabs().add(graphTab);
        tabs.setId("centre-tabs");
        StackPane graphArea = new StackPane(tabs, help);
        graphArea.setMinHeight(0); // the help overlay's height must not push the views strip and status bar off
        BorderPane centre = new BorderPane(graphArea);
        centre.setBottom(briefings.strip());

        SidebarView sidebar = new SidebarView(explorer, services.ontology());
        DetailsView details = new DetailsView(explorer, this::openEvidence);
        SplitPane split = new SplitPane(sidebar, curation.withReview(centre), details);
        split.setDividerPositions(0.2, 0.74);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(details, false);

        root.setTop(new VBox(new Menus(this).build(), toolbar()));
        root.setCenter(split);
        root.setBottom(new VBox(new ProblemsBar(load), curation.bar(),
                new StatusBar(explorer, services.tasks().activity())));
        curation.install(graphView, details);
        explorer.graphProperty().addListener((o, a, g) -> updateTitle());
        briefings.projects().dirtyProperty().addListener((o, a, b) -> updateTitle());
        briefings.projects().fileProperty().addListener((o, a, b) -> updateTitle());
    }

    // ---- accessors for menus, tests and the app ----

    public Services services() { return services; }
    public ExplorerViewModel explorer() { return explorer; }
    public LoadViewModel load() { return load; }
    public Curation curation() { return curation; }
    public GraphView graphView() { return graphView; }
    public BorderPane root() { return root; }
    public TabPane tabs() { return tabs; }
    HelpOverlay help() { return help; }
    Exports exports() { return exports; }
    Stage stage() { return stage; }
    SearchBox search() { return search; }
    AskDialogs ask() { return new AskDialogs(explorer, stage); }
    /** Project files, saved views, presenter mode and view exports. */
    public Briefings briefings() { return briefings; }

    /** Puts the window on the stage and shows it. */
    public void show(Stage target) {
        this.stage = target;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().addAll(theme.appStylesheet(), theme.typeStylesheet());
        installKeys(scene);
        curation.install(scene);
        briefings.installKeys(scene);
        installDragAndDrop(scene);
        target.setScene(scene);
        updateTitle();
        target.show();
    }

    /** Adds files and folders to the graph in the background. */
    public void open(List<Path> paths) {
        // a project file (command line, drop, recent files) opens as the project instead of a document
        Path project = paths.stream().filter(Briefings::isProjectFile).findFirst().orElse(null);
        if (project != null) briefings.projects().open(project); else load.open(paths);
    }

    public void openFilesDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open documents");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents", "*.txt", "*.md", "*.html", "*.htm", "*.pdf"),
                new FileChooser.ExtensionFilter("Exported graph (JSON)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) open(files.stream().map(File::toPath).toList());
    }

    public void openFolderDialog() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of documents");
        File dir = chooser.showDialog(stage);
        if (dir != null) open(List.of(dir.toPath()));
    }

    /** Opens (or reuses) a tab with the document, scrolled to the evidence sentence, mentions coloured. */
    public DocumentView openEvidence(EvidenceItem ev) {
        Document doc = explorer.graph().document(ev.docId()).orElse(null);
        if (doc == null) return null;
        DocumentText text = DocumentText.of(explorer.graph(), doc, ev.start(), ev.end(), services.ontology());
        DocumentView view = new DocumentView(text, explorer::select);
        Tab tab = tabs.getTabs().stream().filter(t -> doc.id().equals(t.getUserData())).findFirst().orElseGet(() -> {
            Tab t = new Tab(shorten(doc.title()));
            t.setUserData(doc.id());
            t.setTooltip(new Tooltip(doc.title()));
            tabs.getTabs().add(t);
            return t;
        });
        tab.setContent(view);
        tabs.getSelectionModel().select(tab);
        return view;
    }

    public void showGraph() { tabs.getSelectionModel().select(graphTab); }

    private static String shorten(String s) { return s.length() > 28 ? s.substring(0, 27) + "…" : s; }

    private void updateTitle() {
        if (stage == null) return;
        int docs = explorer.graph().documents().size();
        stage.setTitle("PolicyGraph — " + briefings.titlePart()
                + (docs == 0 ? "" : " — " + docs + (docs == 1 ? " document" : " documents")));
    }

    private ToolBar toolbar() {
        MenuItem files = new MenuItem("Files…");
        files.setOnAction(e -> openFilesDialog());
        MenuItem folder = new MenuItem("Folder…");
        folder.setOnAction(e -> openFolderDialog());
        SplitMenuButton open = new SplitMenuButton(files, folder);
        open.setText("Open…");
        open.setId("open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> openFilesDialog());
        open.setTooltip(new Tooltip("Open documents (Ctrl+O) or a folder (Ctrl+Shift+O); or drop them on the window"));
        Button back = new Button("◀");
        back.setTooltip(new Tooltip("Back (Alt+Left)"));
        back.setOnAction(e -> explorer.back());
        back.disableProperty().bind(explorer.canGoBackProperty().not());
        Button forward = new Button("▶");
        forward.setTooltip(new Tooltip("Forward (Alt+Right)"));
        forward.setOnAction(e -> explorer.forward());
        forward.disableProperty().bind(explorer.canGoForwardProperty().not());

        ComboBox<LayoutKind> layout = new ComboBox<>();
        layout.setId("layout-choice");
        layout.getItems().setAll(LayoutKind.values());
        layout.setConverter(Labels.layouts());
        layout.setValue(explorer.settings().layout());
        layout.valueProperty().addListener((o, a, b) -> explorer.update(s -> s.withLayout(b)));
        ComboBox<Centrality> size = new ComboBox<>();
        size.setId("centrality-choice");
        size.getItems().setAll(Centrality.values());
        size.setConverter(Labels.centralities());
        size.setValue(explorer.settings().centrality());
        size.valueProperty().addListener((o, a, b) -> explorer.update(s -> s.withCentrality(b)));
        size.setTooltip(new Tooltip("Node size shows this centrality"));

        ToggleButton communities = new ToggleButton("Communities");
        communities.setTooltip(new Tooltip("Colour nodes by community (Ctrl+K)"));
        communities.setOnAction(e -> explorer.toggleCommunities());
        explorer.settingsProperty().addListener((o, a, s) -> {
            communities.setSelected(s.communities());
            layout.setValue(s.layout());
            size.setValue(s.centrality());
        });
        Button fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Fit the graph to the window (Ctrl+0)"));
        fit.setOnAction(e -> graphView.fit());
        Button export = new Button("Export…");
        export.setOnAction(e -> exports.chooseAndExport(stage));
        Button helpButton = new Button("?");
        helpButton.setTooltip(new Tooltip("Keyboard and mouse (F1)"));
        helpButton.setOnAction(e -> help.toggle());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.SOMETIMES);
        return new ToolBar(open, new Separator(Orientation.VERTICAL), back, forward, search,
                new Separator(Orientation.VERTICAL), layout, size, communities, fit, grow, export, helpButton);
    }

    private void installKeys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                help.toggle();
                e.consume();
            }
        });
        // a filter, so Esc closes the help even when a focused text field would consume it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && help.isVisible()) {
                help.setVisible(false);
                e.consume();
            }
        });
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
