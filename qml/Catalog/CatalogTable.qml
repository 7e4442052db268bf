// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The entities as a table: a header that sorts on click (and resizes on
// drag), and a virtualised list of rows. The current row is the keyboard
// selection; Enter or a click opens it in the detail panel.
FocusScope {
    id: table
    required property CatalogFilterModel filter
    required property AppController controller
    /** True while the detail panel is open: the panel then follows the
     *  current row as the arrow keys move it. */
    property bool followSelection: false
    readonly property alias list: list

    signal escapePressed()

    readonly property var columns: [
        { column: CatalogFilterModel.KindColumn, title: qsTr("Kind") },
        { column: CatalogFilterModel.NameColumn, title: qsTr("Name") },
        { column: CatalogFilterModel.OwnerColumn, title: qsTr("Owner") },
        { column: CatalogFilterModel.TypeColumn, title: qsTr("Type") },
        { column: CatalogFilterModel.LifecycleColumn, title: qsTr("Lifecycle") },
        { column: CatalogFilterModel.SystemColumn, title: qsTr("System") },
        { column: CatalogFilterModel.TagsColumn, title: qsTr("Tags") },
        { column: CatalogFilterModel.DescriptionColumn, title: qsTr("Description") }
    ]
    // Every column but the last; the description takes what is left.
    // Wider with larger text, up to half as wide again (then text elides).
    property var widths: [112, 210, 150, 104, 112, 170, 150].map(w => Math.round(w * Math.min(Theme.fontScale, 1.5)))
    readonly property int fixedWidth: widths.reduce((a, b) => a + b, 0)
    readonly property int descriptionWidth: Math.max(180, width - fixedWidth)

    function columnWidth(i: int): int {
        return i < widths.length ? widths[i] : descriptionWidth
    }

    function open(row: int) {
        if (row < 0)
            return
        list.currentIndex = row
        controller.selectedRef = filter.refAt(row)
    }

    // Keep the current row on the selected entity when the selection is
    // changed elsewhere (a relation clicked) or the rows are filtered.
    function syncToSelection() {
        const row = controller.selectedRef === "" ? -1 : filter.rowOfRef(controller.selectedRef)
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Contain)
        } else if (list.currentIndex >= list.count) {
            list.currentIndex = list.count > 0 ? 0 : -1
        }
    }
    Connections {
        target: table.controller
        function onSelectedRefChanged() { table.syncToSelection() }
    }
    Connections {
        target: table.filter
        // Later: the list moves its current index itself as rows come and
        // go, after this model's signals are delivered to us.
        function onCountChanged() { Qt.callLater(table.syncToSelection) }
        function onSortChanged() { Qt.callLater(table.syncToSelection) }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.grow(32)
            color: Theme.surfaceAlt
            clip: true

            Row {
                x: -list.contentX
                height: parent.height
                Repeater {
                    model: table.columns
                    delegate: Item {
                        id: headerCell
                        objectName: "header-" + index
                        required property var modelData
                        required property int index
                        readonly property bool sorted: table.filter.sortColumn === modelData.column
                        width: table.columnWidth(index)
                        height: parent.height

                        Rectangle {
                            anchors.fill: parent
                            color: headerHover.hovered ? Theme.hover : "transparent"
                        }
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 12
                            anchors.rightMargin: 8
                            spacing: 4
                            Text {
                                text: headerCell.modelData.title
                                color: headerCell.sorted ? Theme.text : Theme.textSecondary
                                font.pixelSize: Theme.smallFontSize + 1
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                Layout.fillWidth: false
                                Layout.maximumWidth: headerCell.width - 30
                            }
                            Text {
                                visible: headerCell.sorted
                                text: table.filter.sortOrder === Qt.AscendingOrder ? "▲" : "▼"
                                color: Theme.accent
                                font.pixelSize: Theme.scaled(8)
                            }
                            Item { Layout.fillWidth: true }
                        }
                        HoverHandler { id: headerHover }
                        TapHandler {
                            onTapped: table.filter.toggleSort(headerCell.modelData.column)
                        }
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: modelData.title

                        // Drag the right edge to resize; the last column fills.
                        MouseArea {
                            visible: headerCell.index < table.widths.length
                            width: 8
                            height: parent.height
                            anchors.right: parent.right
                            anchors.rightMargin: -4
                            cursorShape: Qt.SplitHCursor
                            property real startX: 0
                            property int startWidth: 0
                            onPressed: (mouse) => {
                                startX = mapToItem(table, mouse.x, 0).x
                                startWidth = table.widths[headerCell.index]
                            }
                            onPositionChanged: (mouse) => {
                                const w = table.widths.slice()
                                w[headerCell.index] = Math.max(60, startWidth + mapToItem(table, mouse.x, 0).x - startX)
                                table.widths = w
                            }
                        }
                        Rectangle {
                            width: 1
                            height: parent.height - 14
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.border
                            visible: headerCell.index < table.columns.length - 1
                        }
                    }
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }

        ListView {
            id: list
            objectName: "entityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: table.filter
            boundsBehavior: Flickable.StopAtBounds
            contentWidth: table.fixedWidth + table.descriptionWidth
            flickableDirection: Flickable.AutoFlickIfNeeded
            highlightMoveDuration: 0
            highlightFollowsCurrentItem: true
            keyNavigationEnabled: false // see moveTo()
            reuseItems: true
            currentIndex: -1
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Entities")

            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

            // Moves the keyboard cursor; with the panel open, the panel
            // follows. Done here rather than on currentIndexChanged: the
            // list also moves its current index when rows are filtered
            // away, and that must not change what the panel shows.
            function moveTo(row: int) {
                if (count === 0)
                    return
                currentIndex = Math.max(0, Math.min(count - 1, row))
                positionViewAtIndex(currentIndex, ListView.Contain)
                if (table.followSelection)
                    table.controller.selectedRef = table.filter.refAt(currentIndex)
            }
            readonly property int pageStep: Math.max(1, Math.floor(height / Theme.rowHeight) - 1)

            Keys.onReturnPressed: table.open(currentIndex)
            Keys.onEnterPressed: table.open(currentIndex)
            Keys.onEscapePressed: table.escapePressed()
            Keys.onPressed: (event) => {
                switch (event.key) {
                case Qt.Key_Up: moveTo(currentIndex < 0 ? 0 : currentIndex - 1); break
                case Qt.Key_Down: moveTo(currentIndex + 1); break
                case Qt.Key_PageUp: moveTo(currentIndex - pageStep); break
                case Qt.Key_PageDown: moveTo(currentIndex + pageStep); break
                case Qt.Key_Home: moveTo(0); break
                case Qt.Key_End: moveTo(count - 1); break
                default: return
                }
                event.accepted = true
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string ref
                required property string kind
                required property string name
                required property string title
                required property string owner
                required property string type
                required property string lifecycle
                required property string system
                required property string description
                required property var tags
                readonly property bool current: ListView.isCurrentItem
                readonly property bool opened: table.controller.selectedRef === ref

                width: list.contentWidth
                height: Theme.rowHeight
                color: opened ? Theme.selection
                              : rowHover.hovered ? Theme.hover
                              : (index % 2 ? Theme.surfaceAlt : Theme.surface)

                // Keyboard cursor, distinct from the opened row.
                Rectangle {
                    anchors.fill: parent
                    color: "transparent"
                    border.width: row.current && list.activeFocus ? 2 : 0
                    border.color: Theme.focus
                }
                Rectangle {
                    visible: row.opened
                    width: 3
                    height: parent.height
                    color: Theme.accent
                }

                Row {
                    height: parent.height
                    Item {
                        width: table.columnWidth(0)
                        height: parent.height
                        KindChip {
                            kind: row.kind
                            compact: true
                            x: 12
                            anchors.verticalCenter: parent.verticalCenter
                        }
                    }
                    CellText {
                        width: table.columnWidth(1)
                        text: row.name
                        color: Theme.text
                        font.weight: Font.Medium
                    }
                    CellText { width: table.columnWidth(2); text: row.owner }
                    CellText { width: table.columnWidth(3); text: row.type }
                    CellText {
                        width: table.columnWidth(4)
                        text: row.lifecycle
                        color: Theme.lifecycleColor(row.lifecycle)
                    }
                    CellText { width: table.columnWidth(5); text: row.system }
                    CellText {
                        width: table.columnWidth(6)
                        text: row.tags.join(", ")
                        color: Theme.textSecondary
                    }
                    CellText {
                        width: table.columnWidth(7)
                        text: row.description
                        color: Theme.textMuted
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                    opacity: 0.6
                }

                HoverHandler { id: rowHover }
                TapHandler {
                    onTapped: {
                        list.forceActiveFocus()
                        table.open(row.index)
                    }
                }
                ToolTip.visible: rowHover.hovered && row.title !== "" && row.title !== row.name
                ToolTip.delay: 800
                ToolTip.text: row.title
            }
        }
    }
}
