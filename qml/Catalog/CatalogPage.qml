// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Catalog section: search and kind filter on top, the entity table, and
// the selected entity's details beside it.
FocusScope {
    id: page
    required property AppController controller
    readonly property bool detailOpen: controller.selectedRef !== ""
    /** The user asked for the graph (or blast radius) around @p ref. */
    signal graphRequested(string ref, bool blast)
    /** The empty catalog's "Set up a source" (the first-run welcome). */
    signal setupRequested()
    property bool setupAvailable: false

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    /** Opens the command palette, with @p query when given. */
    function openPalette(query) {
        if (query !== undefined)
            commandPalette.openWith(query)
        else
            commandPalette.open()
    }

    CatalogFilterModel {
        id: filter
        objectName: "catalogFilter"
        sourceModel: page.controller.catalog
        searchText: search.text
        starred: page.controller.starred
        mine: page.controller.myOwners
    }

    // "Who are you?": the User entity that "Mine" is about.
    Popup {
        id: identityPopup
        objectName: "identityPopup"
        anchors.centerIn: Overlay.overlay
        width: 420
        height: 440
        modal: true
        focus: true
        padding: 16
        onOpened: { userSearch.text = ""; userSearch.forceActiveFocus() }
        CatalogFilterModel {
            id: users
            sourceModel: page.controller.catalog
            kind: "user"
            searchText: userSearch.text
        }
        function choose(ref: string) {
            page.controller.me = ref
            filter.mineOnly = true
            close()
        }
        contentItem: ColumnLayout {
            spacing: 10
            Text {
                text: qsTr("Who are you?")
                font.pixelSize: Theme.headingFontSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                text: qsTr("“Mine” shows what you and your teams own. Pick your User entity; Atrium remembers it.")
            }
            TextField {
                id: userSearch
                objectName: "userSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search people")
                Accessible.name: qsTr("Search people")
                Keys.onDownPressed: userList.forceActiveFocus()
                Keys.onReturnPressed: if (users.count > 0) identityPopup.choose(users.refAt(0))
            }
            ListView {
                id: userList
                objectName: "userList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: users
                keyNavigationEnabled: true
                delegate: ItemDelegate {
                    required property string ref
                    required property string name
                    required property string title
                    required property int index
                    width: userList.width
                    text: (title !== "" ? title + "  " : "") + "(" + name + ")"
                    highlighted: ListView.isCurrentItem || page.controller.me === ref
                    onClicked: identityPopup.choose(ref)
                    Keys.onReturnPressed: identityPopup.choose(ref)
                }
            }
            Text {
                visible: users.count === 0
                text: qsTr("No User entities match.")
                color: Theme.textMuted
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Find]
        // Other sections share the window.
        enabled: page.visible
        onActivated: page.focusSearch()
    }

    Shortcut {
        sequence: "Ctrl+K"
        enabled: page.visible
        onActivated: page.openPalette()
    }
    Shortcut {
        sequence: "Alt+Left"
        enabled: page.visible && page.controller.canGoBack
        onActivated: page.controller.back()
    }
    Shortcut {
        sequence: "Alt+Right"
        enabled: page.visible && page.controller.canGoForward
        onActivated: page.controller.goForward()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    // The mouse's back and forward buttons, anywhere on the page. A handler,
    // not a MouseArea: it takes nothing from the items under the pointer.
    TapHandler {
        acceptedButtons: Qt.BackButton | Qt.ForwardButton
        onTapped: (eventPoint, button) => {
            if (button === Qt.BackButton)
                page.controller.back()
            else
                page.controller.goForward()
        }
    }

    CommandPalette {
        id: commandPalette
        parent: page
        controller: page.controller
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Toolbar
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
                    spacing: 0
                    Text {
                        text: qsTr("Catalog")
                        color: Theme.text
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        text: filter.count === page.controller.catalog.count
                              ? qsTr("%Ln entities", "", filter.count)
                              : qsTr("%L1 of %Ln entities", "", page.controller.catalog.count).arg(filter.count)
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize
                    }
                }

                Item { Layout.fillWidth: true }

                TextField {
                    id: search
                    objectName: "searchField"
                    Layout.preferredWidth: 340
                    implicitHeight: Theme.grow(34)
                    leftPadding: 32
                    rightPadding: clearButton.visible ? 30 : 10
                    placeholderText: qsTr("Search name, title, description, tags (Ctrl+F)")
                    font.pixelSize: Theme.fontSize
                    selectByMouse: true
                    Accessible.name: qsTr("Search entities")

                    Image {
                        source: "qrc:/icons/search.svg"
                        sourceSize: Qt.size(16, 16)
                        anchors.left: parent.left
                        anchors.leftMargin: 10
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    ToolButton {
                        id: clearButton
                        visible: search.text !== ""
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28
                        height: Theme.grow(28, 0.5)
                        icon.source: "qrc:/icons/close.svg"
                        icon.width: 12
                        icon.height: 12
                        focusPolicy: Qt.NoFocus
                        onClicked: search.clear()
                        Accessible.name: qsTr("Clear search")
                    }

                    Keys.onEscapePressed: (event) => {
                        if (text !== "") {
                            clear()
                        } else {
                            table.list.forceActiveFocus()
                        }
                    }
                    Keys.onDownPressed: {
                        table.list.forceActiveFocus()
                        if (table.list.currentIndex < 0)
                            table.list.moveTo(0)
                    }
                    Keys.onReturnPressed: {
                        table.list.forceActiveFocus()
                        if (table.list.count > 0)
                            table.open(Math.max(0, table.list.currentIndex))
                    }
                }

                Button {
                    id: mineToggle
                    objectName: "mineToggle"
                    implicitHeight: Theme.grow(34)
                    // Not checkable: the filter holds the state, so that
                    // choosing who you are can turn it on too.
                    checked: filter.mineOnly
                    onClicked: {
                        if (!filter.mineOnly && page.controller.me === "")
                            identityPopup.open() // who "me" is must be known first
                        else
                            filter.mineOnly = !filter.mineOnly
                    }
                    text: qsTr("Mine")
                    font.pixelSize: Theme.fontSize
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: page.controller.me === "" ? qsTr("Entities owned by you and your teams: choose who you are first")
                                                            : qsTr("Entities owned by %1 and their teams").arg(page.controller.me)
                    Accessible.name: qsTr("Show entities owned by me and my teams only")
                }
                ToolButton {
                    objectName: "identityButton"
                    implicitHeight: Theme.grow(34)
                    implicitWidth: 24
                    text: "▾"
                    onClicked: identityPopup.open()
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Choose who you are in the catalog")
                    Accessible.name: ToolTip.text
                }

                Button {
                    id: starredToggle
                    objectName: "starredToggle"
                    implicitHeight: Theme.grow(34)
                    checkable: true
                    checked: filter.starredOnly
                    onToggled: filter.starredOnly = checked
                    icon.source: checked ? "qrc:/icons/star-filled.svg" : "qrc:/icons/star.svg"
                    icon.width: 16
                    icon.height: 16
                    icon.color: "transparent"
                    text: qsTr("Starred (%L1)").arg(page.controller.starred.length)
                    font.pixelSize: Theme.fontSize
                    Accessible.name: qsTr("Show starred entities only")
                }

                ComboBox {
                    id: kindBox
                    objectName: "kindFilter"
                    Layout.preferredWidth: 190
                    implicitHeight: Theme.grow(34)
                    model: filter.kinds
                    textRole: "text"
                    valueRole: "kind"
                    font.pixelSize: Theme.fontSize
                    Accessible.name: qsTr("Filter by kind")
                    onActivated: filter.kind = currentValue
                    Connections {
                        target: filter
                        function onKindChanged() {
                            kindBox.currentIndex = Math.max(0, filter.kinds.indexOfKind(filter.kind))
                        }
                    }
                    delegate: ItemDelegate {
                        id: kindItem
                        required property int index
                        required property string kind
                        required property string label
                        required property int count
                        width: kindBox.width
                        highlighted: kindBox.highlightedIndex === index
                        contentItem: RowLayout {
                            spacing: 8
                            Rectangle {
                                implicitWidth: 8
                                implicitHeight: 8
                                radius: 4
                                color: kindItem.kind === "" ? Theme.textMuted : Theme.kindColor(kindItem.kind)
                            }
                            Text {
                                Layout.fillWidth: true
                                text: kindItem.label
                                color: Theme.text
                                font.pixelSize: Theme.fontSize
                                font.weight: kindBox.currentIndex === kindItem.index ? Font.DemiBold : Font.Normal
                                elide: Text.ElideRight
                            }
                            Text {
                                text: Number(kindItem.count).toLocaleString(Qt.locale(), "f", 0)
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallFontSize
                            }
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

        FilterBar {
            Layout.fillWidth: true
            filter: filter
        }

        // A failed load is said where the catalog would be.
        Rectangle {
            Layout.fillWidth: true
            visible: page.controller.error !== ""
            implicitHeight: errorText.implicitHeight + 20
            color: Theme.errorSoft
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 20
                anchors.rightMargin: 20
                spacing: 8
                Image {
                    source: "qrc:/icons/error.svg"
                    sourceSize: Qt.size(16, 16)
                }
                Text {
                    id: errorText
                    Layout.fillWidth: true
                    text: page.controller.error
                    color: Theme.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSize
                }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            handle: Rectangle {
                implicitWidth: 1
                color: SplitHandle.hovered || SplitHandle.pressed ? Theme.selectionBorder : Theme.border
            }

            Item {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360

                CatalogTable {
                    id: table
                    anchors.fill: parent
                    focus: true
                    filter: filter
                    controller: page.controller
                    followSelection: page.detailOpen
                    onEscapePressed: {
                        if (search.text !== "")
                            search.clear()
                        else
                            page.controller.clearSelection()
                    }
                }

                // Empty and loading states over the table.
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 40, 460)
                    // After a failed load the error banner says it all.
                    visible: !page.controller.loading && filter.count === 0
                             && (page.controller.error === "" || page.controller.catalog.count > 0)
                    spacing: 10
                    Image {
                        Layout.alignment: Qt.AlignHCenter
                        source: "qrc:/icons/empty.svg"
                        sourceSize: Qt.size(64, 64)
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: page.controller.catalog.count === 0 ? qsTr("The catalog is empty")
                                                                    : qsTr("No entities match")
                        color: Theme.text
                        font.pixelSize: Theme.headingFontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: page.controller.catalog.count === 0
                              ? (page.setupAvailable ? qsTr("Connect your GitHub organisation or Backstage, or explore the demo organisation.")
                                                     : qsTr("Import Backstage descriptor files with “atrium catalog import PATH”, or start Atrium with --demo to explore a sample organisation."))
                              : filter.mineOnly && page.controller.myOwners.length > 0
                                ? qsTr("Nothing here is owned by %1 or their teams.").arg(page.controller.me)
                              : filter.starredOnly && page.controller.starred.length === 0
                                ? qsTr("Nothing is starred yet. Open an entity and click its star.")
                                : qsTr("Try other words, choose all kinds, or remove filters.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSize
                    }
                    ActionButton {
                        objectName: "setupButton"
                        Layout.alignment: Qt.AlignHCenter
                        Layout.topMargin: 6
                        visible: page.setupAvailable && page.controller.catalog.count === 0
                        primary: true
                        text: qsTr("Set up a source…")
                        onClicked: page.setupRequested()
                    }
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: page.controller.loading
                    visible: running
                }
            }

            EntityPanel {
                objectName: "entityPanel"
                visible: page.detailOpen
                SplitView.preferredWidth: Math.round(460 * Math.min(Theme.fontScale, 1.5))
                SplitView.minimumWidth: 320
                controller: page.controller
                onGraphRequested: (ref, blast) => page.graphRequested(ref, blast)
                onCloseRequested: {
                    page.controller.clearSelection()
                    table.list.forceActiveFocus()
                }
            }
        }
    }
}
