// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The relations graph around one entity, or its blast radius: what breaks
// when it fails, grouped by the owners to notify. Filters narrow what is
// drawn; a neighbourhood too large to draw says so and offers narrower ones.
Rectangle {
    id: page
    required property AppController controller
    property alias centerRef: graphCtl.centerRef
    property alias mode: graphCtl.mode
    readonly property alias graph: graphCtl
    readonly property alias canvas: canvas
    signal openInCatalog(string ref)

    function show(ref: string, blast: bool) {
        graphCtl.centerRef = ref
        graphCtl.mode = blast ? GraphController.BlastRadius : GraphController.Neighbourhood
        canvas.selectedRef = ""
        canvas.forceActiveFocus()
    }
    function exportPng(url: url) {
        canvas.drawing.grabToImage(function(result) {
            if (!result.saveToFile(url.toString().replace(/^file:\/\//, "")))
                page.exportMessage = qsTr("Cannot write %1").arg(url.toString())
            else
                page.exportMessage = qsTr("Saved %1").arg(url.toString().replace(/^file:\/\//, ""))
        })
    }
    property string exportMessage: ""

    color: Theme.window
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Relations graph")

    GraphController {
        id: graphCtl
        objectName: "graphController"
        app: page.controller
        // Boxes measured in the text size the view draws them in.
        fontScale: Theme.fontScale
        onSettled: if (state === GraphController.Ready) fitTimer.restart()
    }
    // Fit once the boxes exist (the Repeater fills on the same change).
    Timer {
        id: fitTimer
        interval: 0
        onTriggered: canvas.fit()
    }
    EntityDetails {
        id: selected
        catalog: page.controller.catalog
        ref: canvas.selectedRef
    }
    EntityDetails {
        id: center
        catalog: page.controller.catalog
        ref: graphCtl.centerRef
    }

    Shortcut {
        sequence: "Ctrl+B"
        enabled: page.visible && graphCtl.centerRef !== ""
        onActivated: graphCtl.mode = graphCtl.mode === GraphController.BlastRadius ? GraphController.Neighbourhood : GraphController.BlastRadius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: the centre and the mode.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.grow(64, 2.5)
            color: Theme.surface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 20
                anchors.rightMargin: 16
                spacing: 12
                ColumnLayout {
                    spacing: 2
                    Text {
                        text: graphCtl.mode === GraphController.BlastRadius ? qsTr("Blast radius") : qsTr("Relations")
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Row {
                        spacing: 6
                        visible: graphCtl.centerRef !== ""
                        KindChip { kind: center.kind; compact: true; visible: center.found }
                        Text {
                            text: center.found ? center.displayName : graphCtl.centerRef
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                    }
                }
                Item { Layout.fillWidth: true }
                Row {
                    spacing: 0
                    ActionButton {
                        objectName: "neighbourhoodMode"
                        text: qsTr("Neighbourhood")
                        icon.source: "qrc:/icons/graph-small.svg"
                        icon.width: 14
                        icon.height: 14
                        primary: graphCtl.mode === GraphController.Neighbourhood
                        onClicked: graphCtl.mode = GraphController.Neighbourhood
                    }
                    ActionButton {
                        objectName: "blastMode"
                        text: qsTr("Blast radius")
                        icon.source: "qrc:/icons/blast.svg"
                        icon.width: 14
                        icon.height: 14
                        primary: graphCtl.mode === GraphController.BlastRadius
                        onClicked: graphCtl.mode = GraphController.BlastRadius
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("Everything that breaks when this fails (Ctrl+B)")
                    }
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }

        // Filters, zoom and export: one row, or two when large text
        // would push Export out of the window.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.grow(48), toolbar.implicitHeight + 12)
            color: Theme.surface
            visible: graphCtl.centerRef !== ""
            GridLayout {
                id: toolbar
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 20
                anchors.rightMargin: 16
                columns: Theme.fontScale > 1.3 && page.width < 1700 ? 5 : 12
                columnSpacing: 10
                rowSpacing: 6
                Label {
                    text: qsTr("Depth")
                    visible: graphCtl.mode === GraphController.Neighbourhood
                    color: Theme.textSecondary
                }
                SpinBox {
                    id: depthBox
                    objectName: "depthBox"
                    visible: graphCtl.mode === GraphController.Neighbourhood
                    from: 1
                    to: 10
                    value: graphCtl.depth
                    editable: true
                    implicitWidth: 110
                    onValueModified: graphCtl.depth = value
                    Accessible.name: qsTr("Depth")
                }
                ComboBox {
                    id: directionBox
                    objectName: "directionBox"
                    visible: graphCtl.mode === GraphController.Neighbourhood
                    implicitWidth: Theme.scaled(190)
                    implicitHeight: Theme.grow(28)
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: GraphController.Both, text: qsTr("Both directions") },
                        { value: GraphController.Dependencies, text: qsTr("Dependencies") },
                        { value: GraphController.Dependents, text: qsTr("Dependents") }
                    ]
                    currentIndex: [GraphController.Both, GraphController.Dependencies, GraphController.Dependents].indexOf(graphCtl.direction)
                    onActivated: graphCtl.direction = currentValue
                    Accessible.name: qsTr("Direction")
                }
                ActionButton {
                    id: relationsButton
                    objectName: "relationsButton"
                    visible: graphCtl.mode === GraphController.Neighbourhood
                    text: graphCtl.relationPairs.length === graphCtl.allRelationPairs.length
                          ? qsTr("All relations") : qsTr("Relations: %1 of %2").arg(graphCtl.relationPairs.length).arg(graphCtl.allRelationPairs.length)
                    onClicked: relationsMenu.popup(relationsButton, 0, relationsButton.height)
                    Menu {
                        id: relationsMenu
                        Repeater {
                            model: graphCtl.allRelationPairs
                            MenuItem {
                                required property string modelData
                                text: graphCtl.relationPairLabel(modelData)
                                checkable: true
                                checked: graphCtl.relationPairs.indexOf(modelData) >= 0
                                onTriggered: graphCtl.setRelationPairShown(modelData, checked)
                            }
                        }
                    }
                }
                ActionButton {
                    id: kindsButton
                    objectName: "kindsButton"
                    visible: graphCtl.mode === GraphController.Neighbourhood
                    text: graphCtl.kinds.length === 0 ? qsTr("All kinds") : qsTr("Kinds: %1").arg(graphCtl.kinds.length)
                    onClicked: kindsMenu.popup(kindsButton, 0, kindsButton.height)
                    Menu {
                        id: kindsMenu
                        Repeater {
                            model: page.controller.catalog.kinds
                            MenuItem {
                                required property string modelData
                                text: modelData
                                checkable: true
                                checked: graphCtl.kinds.length === 0 || graphCtl.kinds.indexOf(modelData.toLowerCase()) >= 0
                                onTriggered: graphCtl.setKindShown(modelData, checked)
                            }
                        }
                        MenuSeparator {}
                        MenuItem {
                            text: qsTr("Show all kinds")
                            onTriggered: graphCtl.kinds = []
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallFontSize + 1
                    text: graphCtl.state === GraphController.Ready
                          ? qsTr("%Ln entities", "", graphCtl.nodes.count) + " · " + qsTr("%Ln relations", "", graphCtl.edgeCount)
                          : ""
                }
                ToolButton {
                    text: "−"
                    enabled: graphCtl.state === GraphController.Ready
                    onClicked: canvas.zoomOut()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom out (−)")
                    Accessible.name: qsTr("Zoom out")
                }
                ToolButton {
                    objectName: "fitButton"
                    text: Math.round(canvas.zoom * 100).toLocaleString(Qt.locale(), "f", 0) + Qt.locale().percent
                    enabled: graphCtl.state === GraphController.Ready
                    onClicked: canvas.fit()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Fit to the window (0)")
                    Accessible.name: qsTr("Fit to the window")
                }
                ToolButton {
                    text: "+"
                    enabled: graphCtl.state === GraphController.Ready
                    onClicked: canvas.zoomIn()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom in (+)")
                    Accessible.name: qsTr("Zoom in")
                }
                ActionButton {
                    id: exportButton
                    objectName: "exportButton"
                    text: qsTr("Export")
                    icon.source: "qrc:/icons/download.svg"
                    icon.width: 14
                    icon.height: 14
                    enabled: graphCtl.state === GraphController.Ready
                    onClicked: exportMenu.popup(exportButton, 0, exportButton.height)
                    Menu {
                        id: exportMenu
                        MenuItem { text: qsTr("Image (PNG)…"); onTriggered: exportDialog.ask("png") }
                        MenuItem { text: qsTr("Vector drawing (SVG)…"); onTriggered: exportDialog.ask("svg") }
                        MenuItem { text: qsTr("Graphviz source (DOT)…"); onTriggered: exportDialog.ask("dot") }
                    }
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                GraphCanvas {
                    id: canvas
                    objectName: "graphCanvas"
                    anchors.fill: parent
                    graph: graphCtl
                    visible: graphCtl.state === GraphController.Ready || graphCtl.state === GraphController.LayingOut
                    onNodeActivated: (ref) => page.openInCatalog(ref)
                    onRecentreRequested: (ref) => { graphCtl.centerRef = ref; canvas.selectedRef = ref }
                }

                // Legend: the kinds drawn, in their colours.
                Rectangle {
                    objectName: "legend"
                    visible: graphCtl.state === GraphController.Ready
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: 14
                    width: legendColumn.implicitWidth + 20
                    height: legendColumn.implicitHeight + 16
                    radius: Theme.radius
                    color: Theme.tint(Theme.surface, 0.94)
                    border.color: Theme.border
                    Column {
                        id: legendColumn
                        x: 10
                        y: 8
                        spacing: 3
                        Repeater {
                            model: graphCtl.kindCounts
                            Row {
                                required property var modelData
                                visible: modelData.shown && modelData.count > 0
                                spacing: 6
                                Rectangle {
                                    anchors.verticalCenter: parent.verticalCenter
                                    width: 10; height: 10; radius: 3
                                    color: modelData.color
                                }
                                Text {
                                    text: modelData.kind + "  " + Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.smallFontSize
                                }
                            }
                        }
                    }
                }

                // States that draw nothing, each saying why and what to do.
                ColumnLayout {
                    objectName: "graphMessage"
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 60, 560)
                    spacing: 12
                    visible: !canvas.visible
                    BusyIndicator {
                        Layout.alignment: Qt.AlignHCenter
                        visible: graphCtl.state === GraphController.Waiting
                        running: visible
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.headingFontSize
                        color: Theme.text
                        text: {
                            switch (graphCtl.state) {
                            case GraphController.NoCenter: return qsTr("Pick an entity to see its relations")
                            case GraphController.Waiting: return qsTr("Building the relations graph…")
                            case GraphController.NotFound: return qsTr("%1 is not in this catalog").arg(graphCtl.centerRef)
                            case GraphController.TooLarge:
                                return graphCtl.mode === GraphController.BlastRadius
                                    ? qsTr("%Ln entities depend on this: too many to draw.", "", graphCtl.reachable)
                                    : qsTr("%Ln entities within depth %1: too many to draw.", "", graphCtl.reachable).arg(graphCtl.depth)
                            }
                            return ""
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        text: {
                            switch (graphCtl.state) {
                            case GraphController.NoCenter:
                                return qsTr("Open an entity in the catalog and choose Graph or Blast radius, or press Ctrl+K.")
                            case GraphController.TooLarge:
                                return graphCtl.mode === GraphController.BlastRadius
                                    ? qsTr("The owners to notify are listed on the right. Narrow the graph to draw part of it.")
                                    : qsTr("The graph shows up to %1 entities. Narrow it:").arg(graphCtl.maxNodes)
                            }
                            return graphCtl.lastError
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignHCenter
                        spacing: 8
                        visible: graphCtl.state === GraphController.TooLarge
                        // The deepest depth that fits.
                        Repeater {
                            model: graphCtl.state === GraphController.TooLarge && graphCtl.mode === GraphController.Neighbourhood
                                   ? graphCtl.depthCounts.filter(d => d.total <= graphCtl.maxNodes && d.depth < graphCtl.depth).slice(-1) : []
                            ActionButton {
                                required property var modelData
                                objectName: "narrowDepth"
                                primary: true
                                text: qsTr("Depth %1 (%Ln entities)", "", modelData.total).arg(modelData.depth)
                                onClicked: graphCtl.depth = modelData.depth
                            }
                        }
                        // Leave out the kinds that make it big.
                        Repeater {
                            model: graphCtl.state === GraphController.TooLarge && graphCtl.mode === GraphController.Neighbourhood
                                   ? graphCtl.kindCounts.filter(k => k.shown && k.count > 0).sort((a, b) => b.count - a.count).slice(0, 3) : []
                            ActionButton {
                                required property var modelData
                                text: qsTr("Hide %1 (%2)").arg(modelData.kind).arg(Number(modelData.count).toLocaleString(Qt.locale(), "f", 0))
                                onClicked: graphCtl.setKindShown(modelData.kind, false)
                            }
                        }
                        ActionButton {
                            objectName: "drawAnyway"
                            visible: graphCtl.reachable < 1500
                            text: qsTr("Draw all %Ln (slow)", "", graphCtl.reachable + 1)
                            onClicked: graphCtl.maxNodes = graphCtl.reachable + 1
                        }
                    }
                }
            }

            // Side: the selected box, and in blast-radius mode the owners to tell.
            Rectangle {
                Layout.preferredWidth: 330
                Layout.fillHeight: true
                visible: graphCtl.centerRef !== ""
                color: Theme.surface
                Rectangle { width: 1; height: parent.height; color: Theme.border }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 10

                    // The selected box.
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: selected.found
                        spacing: 6
                        Row {
                            spacing: 6
                            KindChip { kind: selected.kind }
                            Text {
                                anchors.verticalCenter: parent.verticalCenter
                                text: selected.type
                                color: Theme.textSecondary
                                font.pixelSize: Theme.smallFontSize + 1
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: selected.displayName
                            font.pixelSize: Theme.headingFontSize
                            font.weight: Font.DemiBold
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: selected.owner !== ""
                            text: qsTr("Owner: %1").arg(selected.owner)
                            color: Theme.textSecondary
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: selected.description !== ""
                            text: selected.description
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: Theme.textSecondary
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 6
                            ActionButton {
                                objectName: "openSelected"
                                text: qsTr("Open")
                                primary: true
                                onClicked: page.openInCatalog(canvas.selectedRef)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Show it in the catalog (Enter)")
                            }
                            ActionButton {
                                objectName: "centreSelected"
                                text: qsTr("Centre here")
                                enabled: canvas.selectedRef !== graphCtl.centerRef
                                onClicked: graphCtl.centerRef = canvas.selectedRef
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Draw the graph around it (Ctrl+Enter or double-click)")
                            }
                        }
                        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border; Layout.topMargin: 4 }
                    }

                    Text {
                        visible: graphCtl.mode === GraphController.Neighbourhood && !selected.found
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize + 1
                        text: qsTr("Click a box to see it here; double-click to centre the graph on it. Tab moves between boxes, +/− zoom, 0 fits.")
                    }

                    // Owners to notify.
                    ColumnLayout {
                        objectName: "ownersPanel"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: graphCtl.mode === GraphController.BlastRadius
                        spacing: 8
                        ListView {
                            id: ownersList
                            objectName: "ownersList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: 6
                            model: graphCtl.owners
                            ScrollBar.vertical: ScrollBar {}
                            header: Column {
                                width: ownersList.width
                                spacing: 8
                                bottomPadding: 8
                                RowLayout {
                                    width: parent.width
                                    Text {
                                        Layout.fillWidth: true
                                        text: qsTr("Owners to notify")
                                        font.pixelSize: Theme.headingFontSize - 2
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                    }
                                    ActionButton {
                                        objectName: "copyOwners"
                                        text: copied.running ? qsTr("Copied") : qsTr("Copy list")
                                        icon.source: "qrc:/icons/copy.svg"
                                        icon.width: 14
                                        icon.height: 14
                                        enabled: graphCtl.owners.length > 0
                                        onClicked: { graphCtl.copyOwners(); copied.restart() }
                                        Timer { id: copied; interval: 1500 }
                                    }
                                }
                                Text {
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    color: Theme.textSecondary
                                    text: graphCtl.reachable === 0
                                          ? qsTr("Nothing depends on %1.").arg(center.displayName)
                                          : qsTr("%Ln entities depend on %1, directly or through others,", "", graphCtl.reachable).arg(center.displayName)
                                            + " " + qsTr("owned by %n teams or people.", "", graphCtl.owners.length)
                                }
                            }
                            delegate: Rectangle {
                                required property var modelData
                                width: ownersList.width
                                height: ownerColumn.implicitHeight + 16
                                radius: Theme.radius
                                color: Theme.surfaceAlt
                                border.color: Theme.border
                                ColumnLayout {
                                    id: ownerColumn
                                    x: 10
                                    y: 8
                                    width: parent.width - 20
                                    spacing: 2
                                    RowLayout {
                                        Layout.fillWidth: true
                                        Text {
                                            Layout.fillWidth: true
                                            text: modelData.displayName !== "" ? modelData.displayName + "  (" + modelData.name + ")" : modelData.name
                                            font.weight: Font.DemiBold
                                            color: modelData.inCatalog || modelData.owner === "" ? Theme.text : Theme.warning
                                            elide: Text.ElideRight
                                        }
                                        Rectangle {
                                            implicitWidth: countText.implicitWidth + 12
                                            implicitHeight: 20
                                            radius: 10
                                            color: Theme.errorSoft
                                            Text {
                                                id: countText
                                                anchors.centerIn: parent
                                                text: Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                                                color: Theme.error
                                                font.pixelSize: Theme.smallFontSize
                                                font.weight: Font.DemiBold
                                            }
                                        }
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: modelData.contact !== "" ? modelData.contact
                                              : modelData.owner === "" ? qsTr("These entities have no owner")
                                              : modelData.inCatalog ? qsTr("No e-mail in the catalog")
                                              : qsTr("Owner not in the catalog")
                                        color: modelData.contact !== "" ? Theme.link : Theme.textMuted
                                        font.pixelSize: Theme.smallFontSize + 1
                                        wrapMode: Text.WrapAnywhere
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: modelData.entities.slice(0, 6).map(r => r.substring(r.indexOf("/") + 1)).join(", ")
                                              + (modelData.entities.length > 6 ? qsTr(" and %n more", "", modelData.entities.length - 6) : "")
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.smallFontSize
                                        wrapMode: Text.Wrap
                                    }
                                }
                            }
                        }
                    }
                    Item { Layout.fillHeight: true; visible: graphCtl.mode !== GraphController.BlastRadius }
                    Text {
                        Layout.fillWidth: true
                        visible: page.exportMessage !== "" || graphCtl.lastError !== ""
                        text: graphCtl.lastError !== "" ? graphCtl.lastError : page.exportMessage
                        color: graphCtl.lastError !== "" ? Theme.error : Theme.textSecondary
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        property string format: "png"
        function ask(fmt: string) {
            format = fmt
            selectedFile = "file:///" + graphCtl.suggestedFileName(fmt)
            open()
        }
        fileMode: FileDialog.SaveFile
        title: qsTr("Export the graph")
        nameFilters: format === "png" ? [qsTr("PNG images (*.png)")] : format === "svg" ? [qsTr("SVG drawings (*.svg)")] : [qsTr("Graphviz files (*.dot *.gv)")]
        onAccepted: {
            if (format === "png")
                page.exportPng(selectedFile)
            else if (graphCtl.exportGraph(selectedFile, format))
                page.exportMessage = qsTr("Saved %1").arg(selectedFile.toString().replace(/^file:\/\//, ""))
        }
    }
}
