// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// Ctrl+K: jump to any entity by typing part of its name or title, or to a
// docs page: fuzzy entity matches first (PaletteModel), then the full-text
// hits over entities and docs (SearchModel), with chips to filter by kind
// and owner. The ranking is the models'; this only shows it and takes the keys.
Popup {
    id: paletteRoot
    required property AppController controller
    /** The query, for opening the palette already filled (screenshots). */
    property alias query: field.text
    /** A docs hit was chosen; the window opens the Docs section on it. */
    signal docRequested(string ref, string pagePath, string anchor)

    /** Opens with @p text typed in, the cursor after it. */
    function openWith(text: string) {
        field.text = text
        open()
        field.deselect()
        field.cursorPosition = field.length
    }

    function activate(row: int) {
        const hit = results.get(row)
        if (!hit.ref)
            return
        paletteRoot.close()
        if (hit.type === "doc") {
            paletteRoot.docRequested(hit.ref, hit.pagePath, hit.anchor)
            const w = field.Window.window
            if (w && typeof w.showDocs === "function")
                w.showDocs(hit.ref, hit.pagePath, hit.anchor)
        } else {
            paletteRoot.controller.navigateTo(hit.ref)
        }
    }

    component PaletteChip: AbstractButton {
        id: chip
        implicitHeight: Theme.grow(24)
        implicitWidth: chipText.implicitWidth + 20
        focusPolicy: Qt.NoFocus
        Accessible.name: text
        background: Rectangle {
            radius: 12
            color: chip.checked ? Theme.selection : chip.hovered ? Theme.hover : Theme.surface
            border.color: chip.checked ? Theme.selectionBorder : Theme.border
        }
        contentItem: Text {
            id: chipText
            text: chip.text
            color: chip.checked ? Theme.accent : Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    objectName: "commandPalette"
    modal: true
    focus: true
    padding: 0
    width: Math.min(640, parent ? parent.width - 40 : 640)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: 72
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onAboutToShow: {
        field.selectAll()
        list.currentIndex = results.count > 0 ? 0 : -1
    }
    onOpened: field.forceActiveFocus()

    Overlay.modal: Rectangle {
        color: Theme.tint(Theme.rail, 0.25)
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius + 2
        border.color: Theme.borderStrong
        border.width: 1
    }

    SearchModel {
        id: search
        objectName: "paletteSearch"
        controller: paletteRoot.controller
        query: field.text
        limit: 30
    }

    PaletteModel {
        id: results
        catalog: paletteRoot.controller.catalog
        search: search
        query: field.text
        onModelReset: list.currentIndex = count > 0 ? 0 : -1
        // Search hits are appended as they arrive; the current row stays.
        onRowsInserted: if (list.currentIndex < 0 && count > 0) list.currentIndex = 0
    }

    contentItem: ColumnLayout {
        spacing: 0

        TextField {
            id: field
            objectName: "paletteField"
            Layout.fillWidth: true
            Layout.margins: 10
            implicitHeight: Theme.grow(38, 1.2)
            leftPadding: 34
            placeholderText: qsTr("Go to an entity or a docs page")
            font.pixelSize: Theme.headingFontSize - 1
            selectByMouse: true
            Accessible.name: qsTr("Go to entity")

            Image {
                source: "qrc:/icons/search.svg"
                sourceSize: Qt.size(16, 16)
                anchors.left: parent.left
                anchors.leftMargin: 11
                anchors.verticalCenter: parent.verticalCenter
            }

            Keys.onUpPressed: list.currentIndex = Math.max(0, list.currentIndex - 1)
            Keys.onDownPressed: list.currentIndex = Math.min(list.count - 1, list.currentIndex + 1)
            Keys.onReturnPressed: paletteRoot.activate(list.currentIndex)
            Keys.onEnterPressed: paletteRoot.activate(list.currentIndex)
            Keys.onEscapePressed: paletteRoot.close()
        }

        // Filter chips: the kinds and owners among the results.
        Flow {
            objectName: "paletteChips"
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 8
            spacing: 6
            visible: field.text.trim() !== "" && (search.availableKinds.length > 1 || search.availableOwners.length > 1
                                                  || search.kinds.length > 0 || search.owners.length > 0)
            Repeater {
                model: search.availableKinds
                delegate: PaletteChip {
                    required property string modelData
                    objectName: "kindChip-" + modelData
                    text: modelData
                    checked: search.kinds.indexOf(modelData) >= 0
                    onClicked: search.toggleKind(modelData)
                }
            }
            Repeater {
                model: search.availableOwners
                delegate: PaletteChip {
                    required property var modelData
                    objectName: "ownerChip-" + modelData.name
                    text: qsTr("owner: %1").arg(modelData.name)
                    checked: search.owners.indexOf(modelData.ref) >= 0
                    onClicked: search.toggleOwner(modelData.ref)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        ListView {
            id: list
            objectName: "paletteList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 9 * 44)
            visible: count > 0
            clip: true
            model: results
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property string name
                required property string title
                required property string ref
                required property string type
                required property string titleHtml
                required property string snippet
                required property string entityName
                readonly property bool isDoc: type === "doc"
                objectName: isDoc ? "paletteDocHit" : "paletteEntity"
                width: ListView.view.width
                height: isDoc ? 52 : 44
                highlighted: ListView.isCurrentItem
                onClicked: paletteRoot.activate(index)
                background: Rectangle {
                    color: row.highlighted ? Theme.selection : row.hovered ? Theme.hover : "transparent"
                }
                contentItem: RowLayout {
                    spacing: 10
                    // A fixed column, so that names line up.
                    Item {
                        implicitWidth: 74
                        implicitHeight: kindChip.implicitHeight
                        KindChip {
                            id: kindChip
                            visible: !row.isDoc
                            kind: row.kind
                            compact: true
                        }
                        Row {
                            visible: row.isDoc
                            spacing: 4
                            anchors.verticalCenter: parent.verticalCenter
                            Image {
                                source: "qrc:/icons/doc-small.svg"
                                sourceSize: Qt.size(14, 14)
                            }
                            Text {
                                text: qsTr("Docs")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.smallFontSize
                            }
                        }
                    }
                    // A docs page: its title (matches in bold), whose docs, and the matching text.
                    Column {
                        visible: row.isDoc
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            width: parent.width
                            text: row.titleHtml + "  <font color='" + Theme.textMuted + "'>· " + row.entityName + "</font>"
                            textFormat: Text.StyledText
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            elide: Text.ElideRight
                        }
                        Text {
                            width: parent.width
                            text: row.snippet
                            textFormat: Text.StyledText
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        visible: !row.isDoc
                        text: row.name
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.maximumWidth: 240
                    }
                    Text {
                        visible: !row.isDoc
                        Layout.fillWidth: true
                        text: row.title
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSize
                        elide: Text.ElideRight
                    }
                    Text {
                        text: row.ref
                        color: Theme.textMuted
                        font.family: Theme.monoFont
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideMiddle
                        Layout.maximumWidth: 200
                    }
                }
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.margins: 14
            visible: list.count === 0
            text: field.text.trim() === "" ? qsTr("Type to search all entities and docs. ↑↓ to move, Enter to open, Esc to close.")
                                           : search.loading ? qsTr("Searching…")
                                           : qsTr("Nothing matches “%1”.").arg(field.text.trim())
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
    }
}
