// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Atrium
import Atrium.Models

// The laid-out graph: boxes and edges from GraphController, pan by
// dragging or the arrow keys, zoom with the wheel or +/-, 0 to fit.
// Click a box to select it, double-click (or Ctrl+Enter) to draw the graph
// around it; Tab moves between boxes, Enter opens the selected one.
Item {
    id: canvas
    required property GraphController graph
    property string selectedRef: ""
    property real zoom: 1
    readonly property real minZoom: 0.2
    readonly property real maxZoom: 2.5
    /** Fitting shrinks the drawing down to this: with larger text chosen
     *  (Settings, --font-scale) not below 100 %, or the larger boxes would
     *  be shrunk back to the small text; a larger graph scrolls instead. */
    readonly property real fitMinZoom: canvas.graph.fontScale > 1.01 ? 1 : minZoom
    /** The drawing at zoom 1, for the PNG export. */
    readonly property Item drawing: content

    signal nodeActivated(string ref)
    signal recentreRequested(string ref)

    function zoomTo(z: real, cx: real, cy: real) {
        const nz = Math.max(minZoom, Math.min(maxZoom, z))
        // Keep the point under (cx, cy) in view coordinates where it is.
        const px = (flick.contentX + cx) / zoom
        const py = (flick.contentY + cy) / zoom
        zoom = nz
        flick.contentX = Math.max(0, px * nz - cx)
        flick.contentY = Math.max(0, py * nz - cy)
        flick.returnToBounds()
    }
    function zoomIn() { zoomTo(zoom * 1.25, flick.width / 2, flick.height / 2) }
    function zoomOut() { zoomTo(zoom / 1.25, flick.width / 2, flick.height / 2) }
    function fit() {
        if (graph.contentWidth <= 0 || flick.width <= 0)
            return
        zoom = Math.max(fitMinZoom, Math.min(1, Math.min(flick.width / graph.contentWidth, flick.height / graph.contentHeight)))
        centreOn(graph.centerRef)
    }
    function centreOn(ref: string) {
        const i = graph.nodes.indexOf(ref)
        if (i < 0)
            return
        const item = nodeRepeater.itemAt(i)
        if (!item)
            return
        flick.contentX = Math.max(0, (item.x + item.width / 2) * zoom - flick.width / 2)
        flick.contentY = Math.max(0, (item.y + item.height / 2) * zoom - flick.height / 2)
        flick.returnToBounds()
    }
    function selectByOffset(step: int) {
        const n = graph.nodes.count
        if (n === 0)
            return
        let i = graph.nodes.indexOf(selectedRef)
        i = i < 0 ? 0 : (i + step + n) % n
        const item = nodeRepeater.itemAt(i)
        if (item) {
            selectedRef = item.ref
            ensureVisible(item)
        }
    }
    function ensureVisible(item: Item) {
        const l = item.x * zoom, t = item.y * zoom
        const r = (item.x + item.width) * zoom, b = (item.y + item.height) * zoom
        if (l < flick.contentX)
            flick.contentX = Math.max(0, l - 20)
        else if (r > flick.contentX + flick.width)
            flick.contentX = r - flick.width + 20
        if (t < flick.contentY)
            flick.contentY = Math.max(0, t - 20)
        else if (b > flick.contentY + flick.height)
            flick.contentY = b - flick.height + 20
    }

    activeFocusOnTab: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Relations graph around %1").arg(graph.centerRef)

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) { zoomIn(); event.accepted = true }
        else if (event.key === Qt.Key_Minus) { zoomOut(); event.accepted = true }
        else if (event.key === Qt.Key_0) { fit(); event.accepted = true }
        else if (event.key === Qt.Key_Left) { flick.contentX = Math.max(0, flick.contentX - 60); event.accepted = true }
        else if (event.key === Qt.Key_Right) { flick.contentX += 60; flick.returnToBounds(); event.accepted = true }
        else if (event.key === Qt.Key_Up) { flick.contentY = Math.max(0, flick.contentY - 60); event.accepted = true }
        else if (event.key === Qt.Key_Down) { flick.contentY += 60; flick.returnToBounds(); event.accepted = true }
        else if (event.key === Qt.Key_Tab) { selectByOffset(1); event.accepted = true }
        else if (event.key === Qt.Key_Backtab) { selectByOffset(-1); event.accepted = true }
        else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && selectedRef !== "") {
            if (event.modifiers & Qt.ControlModifier)
                recentreRequested(selectedRef)
            else
                nodeActivated(selectedRef)
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surfaceAlt
        // A dotted grid: a sense of space when panning.
        border.width: canvas.activeFocus ? 2 : 0
        border.color: Theme.accent
    }

    Flickable {
        id: flick
        objectName: "graphFlick"
        anchors.fill: parent
        anchors.margins: 1
        clip: true
        contentWidth: Math.max(width, canvas.graph.contentWidth * canvas.zoom)
        contentHeight: Math.max(height, canvas.graph.contentHeight * canvas.zoom)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        TapHandler {
            onTapped: canvas.forceActiveFocus()
        }

        Item {
            id: content
            objectName: "graphContent"
            width: canvas.graph.contentWidth
            height: canvas.graph.contentHeight
            scale: canvas.zoom
            transformOrigin: Item.TopLeft
            // Centre a drawing smaller than the view.
            x: Math.max(0, (flick.width - width * canvas.zoom) / 2)
            y: Math.max(0, (flick.height - height * canvas.zoom) / 2)

            Repeater {
                model: canvas.graph.edges
                delegate: Item {
                    id: edge
                    required property var modelData
                    readonly property bool touchesSelection: canvas.selectedRef !== ""
                        && (modelData.from === canvas.selectedRef || modelData.to === canvas.selectedRef)
                    anchors.fill: parent
                    Shape {
                        anchors.fill: parent
                        ShapePath {
                            strokeColor: edge.touchesSelection ? Theme.accent : Theme.edge
                            strokeWidth: edge.touchesSelection ? 2 : 1.3
                            fillColor: "transparent"
                            PathSvg { path: edge.modelData.path }
                        }
                        ShapePath {
                            strokeColor: "transparent"
                            fillColor: edge.touchesSelection ? Theme.accent : Theme.edge
                            PathSvg { path: edge.modelData.arrow }
                        }
                    }
                    Text {
                        visible: canvas.zoom >= 0.7 && edge.modelData.label !== ""
                        x: edge.modelData.labelX - width / 2
                        y: edge.modelData.labelY - height / 2
                        text: edge.modelData.label
                        color: edge.touchesSelection ? Theme.accent : Theme.textMuted
                        font.pixelSize: canvas.graph.smallPixelSize
                    }
                }
            }

            Repeater {
                id: nodeRepeater
                model: canvas.graph.nodes
                delegate: Rectangle {
                    id: node
                    required property string ref
                    required property string kind
                    required property string title
                    required property string owner
                    required property real nodeX
                    required property real nodeY
                    required property real nodeWidth
                    required property real nodeHeight
                    required property bool isCenter
                    required property color kindColor
                    required property bool inCatalog
                    readonly property bool selected: canvas.selectedRef === ref

                    objectName: "graphNode:" + ref
                    x: nodeX
                    y: nodeY
                    width: nodeWidth
                    height: nodeHeight
                    radius: 7
                    color: isCenter ? Theme.tint(kindColor, 0.16) : Theme.surface
                    border.color: selected ? Theme.accent : isCenter ? kindColor : Theme.tint(kindColor, 0.55)
                    border.width: selected || isCenter ? 2.5 : 1.2
                    opacity: inCatalog ? 1 : 0.6

                    Rectangle {
                        width: 4
                        radius: 2
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        anchors.margins: 5
                        color: node.kindColor
                    }
                    Column {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: 14
                        anchors.rightMargin: 8
                        spacing: 1
                        Text {
                            width: parent.width
                            text: node.kind + (node.owner !== "" ? " · " + node.owner : "")
                            color: Theme.kindTextColor(node.kind)
                            font.pixelSize: canvas.graph.smallPixelSize
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Text {
                            width: parent.width
                            text: node.title
                            color: Theme.text
                            font.pixelSize: canvas.graph.titlePixelSize
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: {
                            canvas.selectedRef = node.ref
                            canvas.forceActiveFocus()
                        }
                        onDoubleClicked: canvas.recentreRequested(node.ref)
                        ToolTip.visible: containsMouse
                        ToolTip.delay: 700
                        ToolTip.text: node.inCatalog ? qsTr("%1\nClick to select, double-click to centre the graph here").arg(node.ref)
                                                     : qsTr("%1\nReferenced but not in the catalog").arg(node.ref)
                    }
                }
            }
        }
    }

    WheelHandler {
        target: null
        acceptedModifiers: Qt.NoModifier | Qt.ControlModifier
        onWheel: (event) => {
            const factor = event.angleDelta.y > 0 ? 1.12 : 1 / 1.12
            canvas.zoomTo(canvas.zoom * factor, point.position.x, point.position.y)
        }
    }
}
