// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// Ctrl+K: jump to any entity by typing part of its name or title. The
// ranking is PaletteModel's; this only shows it and takes the keys.
Popup {
    id: paletteRoot
    required property AppController controller
    /** The query, for opening the palette already filled (screenshots). */
    property alias query: field.text

    /** Opens with @p text typed in, the cursor after it. */
    function openWith(text: string) {
        field.text = text
        open()
        field.deselect()
        field.cursorPosition = field.length
    }

    function activate(row: int) {
        const ref = results.refAt(row)
        if (ref === "")
            return
        paletteRoot.close()
        paletteRoot.controller.navigateTo(ref)
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

    PaletteModel {
        id: results
        catalog: paletteRoot.controller.catalog
        query: field.text
        onModelReset: list.currentIndex = count > 0 ? 0 : -1
    }

    contentItem: ColumnLayout {
        spacing: 0

        TextField {
            id: field
            objectName: "paletteField"
            Layout.fillWidth: true
            Layout.margins: 10
            implicitHeight: 38
            leftPadding: 34
            placeholderText: qsTr("Go to entity by name or title")
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
                width: ListView.view.width
                height: 44
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
                            kind: row.kind
                            compact: true
                        }
                    }
                    Text {
                        text: row.name
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.maximumWidth: 240
                    }
                    Text {
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
            text: field.text.trim() === "" ? qsTr("Type to search all entities. ↑↓ to move, Enter to open, Esc to close.")
                                           : qsTr("No entity matches “%1”.").arg(field.text.trim())
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
    }
}
