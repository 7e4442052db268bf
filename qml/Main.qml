// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The main window: navigation rail, the current section, the problems
// panel and the status line. The controllers come from the composition
// root (gui.cpp); without a sync or settings controller, those sections
// are not offered.
ApplicationWindow {
    id: window
    required property AppController controller
    property SyncController sync: null
    property SettingsController settings: null
    property InsightsController insights: null
    /** The first run's welcome (none: never shown). */
    property WelcomeController welcome: null
    property bool problemsOpen: false
    /** catalog, graph, sync or settings. */
    property string section: "catalog"
    readonly property var sections: {
        const list = ["catalog", "graph", "create", "docs"]
        if (insights)
            list.push("insights")
        if (sync)
            list.push("sync")
        if (settings)
            list.push("settings")
        return list
    }

    readonly property var pageOrder: ["catalog", "graph", "sync", "settings", "docs", "create", "insights"]

    /** Opens the Graph section around @p ref, as its blast radius when @p blast. */
    function showGraph(ref: string, blast: bool) {
        graphPage.show(ref, blast)
        showSection("graph")
    }

    /** Opens the Docs section on @p ref's docs, at @p pagePath and @p anchor. */
    function showDocs(ref: string, pagePath: string, anchor: string) {
        docsPage.showDocs(ref, pagePath, anchor)
        showSection("docs")
    }

    function showSection(name: string) {
        if (sections.indexOf(name) < 0)
            return
        section = name
        const page = pages.children[window.pageOrder.indexOf(name)]
        if (page)
            page.forceActiveFocus()
    }

    width: 1360
    height: 840
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: controller.demo ? qsTr("Atrium — demo organisation") : qsTr("Atrium")
    color: Theme.window
    font.pixelSize: Theme.fontSize

    palette {
        window: Theme.window
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceAlt
        text: Theme.text
        button: Theme.surface
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.accentText
        placeholderText: Theme.textMuted
        mid: Theme.border
        midlight: Theme.surfaceAlt
        dark: Theme.borderStrong
        light: Theme.surface
        toolTipBase: Theme.text
        toolTipText: Theme.surface
    }

    // An entity picked elsewhere (the problems panel) is shown in the catalog.
    Connections {
        target: window.controller
        function onSelectedRefChanged() {
            if (window.controller.selectedRef !== "" && window.section !== "catalog")
                window.showSection("catalog")
        }
    }

    // The Sync page shows a sync's result itself; elsewhere a toast does.
    Binding {
        target: window.sync
        when: window.sync !== null
        property: "pageVisible"
        value: window.section === "sync"
    }
    // Where a toast's button goes ("Show problems", "Open").
    Connections {
        target: window.controller.toasts
        ignoreUnknownSignals: true
        function onActionRequested(action: string, argument: string) {
            if (action === "openEntity" && window.controller.hasEntity(argument)) {
                window.controller.navigateTo(argument)
                window.showSection("catalog")
            } else if (action === "showSync") {
                window.showSection("sync")
            } else if (action === "showCreate" || action === "openEntity") {
                window.showSection("create")
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+R"
        enabled: window.sync !== null
        onActivated: window.sync.syncNow()
    }
    // On the Catalog page, the page's own Ctrl+K opens the palette.
    Shortcut {
        sequence: "Ctrl+K"
        enabled: window.section !== "catalog"
        onActivated: {
            window.showSection("catalog")
            catalogPage.openPalette()
        }
    }
    Repeater {
        model: window.sections
        Item {
            required property int index
            required property string modelData
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: window.showSection(modelData)
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            Layout.fillHeight: true
            current: window.section
            syncAvailable: window.sync !== null
            settingsAvailable: window.settings !== null
            insightsAvailable: window.insights !== null
            onSectionActivated: (name) => window.showSection(name)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.pageOrder.indexOf(window.section)

                CatalogPage {
                    id: catalogPage
                    objectName: "catalogPage"
                    focus: window.section === "catalog"
                    controller: window.controller
                    setupAvailable: window.welcome !== null
                    onGraphRequested: (ref, blast) => window.showGraph(ref, blast)
                    onSetupRequested: window.welcome.start()
                }
                GraphPage {
                    id: graphPage
                    objectName: "graphPage"
                    focus: window.section === "graph"
                    controller: window.controller
                    onOpenInCatalog: (ref) => {
                        window.controller.navigateTo(ref)
                        window.showSection("catalog")
                    }
                }
                Loader {
                    objectName: "syncLoader"
                    active: window.sync !== null
                    focus: window.section === "sync"
                    sourceComponent: SyncPage {
                        controller: window.controller
                        sync: window.sync
                        onSettingsRequested: window.showSection("settings")
                    }
                }
                Loader {
                    objectName: "settingsLoader"
                    active: window.settings !== null
                    focus: window.section === "settings"
                    sourceComponent: SettingsPage {
                        settings: window.settings
                    }
                }
                DocsSection {
                    id: docsPage
                    objectName: "docsPage"
                    focus: window.section === "docs"
                    controller: window.controller
                }
                CreatePage {
                    id: createPage
                    objectName: "createPage"
                    focus: window.section === "create"
                    controller: window.controller
                    onEntityRequested: (ref) => {
                        window.controller.navigateTo(ref)
                        window.showSection("catalog")
                    }
                }
                Loader {
                    objectName: "insightsLoader"
                    active: window.insights !== null
                    focus: window.section === "insights"
                    sourceComponent: InsightsPage {
                        controller: window.controller
                        insights: window.insights
                    }
                }
            }

            ProblemsPanel {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(240, window.height / 3)
                visible: window.problemsOpen
                controller: window.controller
                onCloseRequested: window.problemsOpen = false
            }

            StatusBar {
                Layout.fillWidth: true
                controller: window.controller
                sync: window.sync
                problemsOpen: window.problemsOpen
                onProblemsToggled: window.problemsOpen = !window.problemsOpen
                onSyncClicked: window.showSection("sync")
            }
        }
    }

    Notice {
        id: syncNotice
        objectName: "syncNotice"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: 16
        anchors.bottomMargin: 44
        text: window.sync ? window.sync.notice : ""
        error: window.sync ? window.sync.noticeIsError : false
        onDismissed: window.sync.dismissNotice()
    }

    // The first run, over everything else until it is done or put off.
    Loader {
        id: welcomeLoader
        objectName: "welcomeLoader"
        anchors.fill: parent
        z: 10
        active: window.welcome !== null && window.welcome.active
        focus: active
        sourceComponent: WelcomePage {
            welcome: window.welcome
            sync: window.sync
            onSettingsRequested: window.showSection("settings")
        }
        onActiveChanged: {
            if (active) {
                forceActiveFocus()
            } else {
                // Back to the catalog the welcome set up.
                if (window.section !== "settings")
                    window.showSection("catalog")
            }
        }
    }

    ToastStack {
        objectName: "toasts"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: 16
        anchors.bottomMargin: syncNotice.visible ? 44 + syncNotice.height + 8 : 44
        model: window.controller.toasts
    }
}
