// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Create section's first view: the catalog's templates as cards, with
// a search field and a tag filter. Enter or a click on a card opens it.
FocusScope {
    id: gallery
    required property TemplateGalleryModel model
    signal templateChosen(string ref)
    /** "Open template file…": a template being written, tried before it is published. */
    signal openFileRequested()
    /** Why the last template file could not be opened, or empty. */
    property string fileError: ""
    /** How many tasks the history holds ("Recent tasks"). */
    property int taskCount: 0
    signal historyRequested()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        Text {
            text: qsTr("Create")
            color: Theme.text
            font.pixelSize: Theme.titleFontSize
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Start a new service, library or resource from one of your organisation's templates.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: 8
            TextField {
                id: search
                objectName: "templateSearch"
                focus: true
                Layout.preferredWidth: 320
                placeholderText: qsTr("Search templates")
                Accessible.name: qsTr("Search templates")
                text: gallery.model.searchText
                onTextEdited: gallery.model.searchText = text
                Keys.onDownPressed: grid.forceActiveFocus()
                Keys.onReturnPressed: if (grid.count > 0) gallery.templateChosen(gallery.model.refAt(0))
            }
            ComboBox {
                id: tagBox
                objectName: "templateTag"
                Layout.preferredWidth: Theme.scaled(200)
                Layout.preferredHeight: search.height
                font.pixelSize: Theme.fontSize
                model: [qsTr("All tags")].concat(gallery.model.tags)
                currentIndex: gallery.model.tag === "" ? 0 : gallery.model.tags.indexOf(gallery.model.tag) + 1
                Accessible.name: qsTr("Tag")
                onActivated: (i) => gallery.model.tag = i === 0 ? "" : gallery.model.tags[i - 1]
            }
            Text {
                text: qsTr("%n template(s)", "", gallery.model.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "recentTasks"
                text: qsTr("Recent tasks (%1)").arg(Number(gallery.taskCount).toLocaleString(Qt.locale(), "f", 0))
                onClicked: gallery.historyRequested()
            }
            ActionButton {
                objectName: "openTemplateFile"
                text: qsTr("Open template file…")
                onClicked: gallery.openFileRequested()
            }
        }
        Text {
            objectName: "templateFileError"
            visible: gallery.fileError !== ""
            Layout.fillWidth: true
            text: gallery.fileError
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }

        GridView {
            id: grid
            objectName: "templateGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: gallery.model
            // Cards grow with the text size (Settings › Text size).
            cellWidth: Math.max(Theme.scaled(300), Math.floor(width / Math.max(1, Math.floor(width / Theme.scaled(340)))))
            cellHeight: Theme.scaled(180)
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: 0
            Keys.onReturnPressed: if (currentIndex >= 0) gallery.templateChosen(gallery.model.refAt(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) gallery.templateChosen(gallery.model.refAt(currentIndex))

            delegate: Item {
                id: card
                required property int index
                required property string ref
                required property string title
                required property string description
                required property var tags
                required property string owner
                required property string type
                width: grid.cellWidth
                height: grid.cellHeight
                // The current card has the keyboard: what a screen reader says.
                Accessible.role: Accessible.ListItem
                Accessible.name: card.title
                Accessible.description: card.description

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 6
                    radius: Theme.radius
                    color: mouse.containsMouse ? Theme.hover : Theme.surface
                    border.width: grid.activeFocus && grid.currentIndex === card.index ? 2 : 1
                    border.color: grid.activeFocus && grid.currentIndex === card.index ? Theme.accent : Theme.border

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 6
                        Text {
                            Layout.fillWidth: true
                            text: card.type
                            visible: card.type !== ""
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallFontSize
                            font.capitalization: Font.AllUppercase
                        }
                        Text {
                            Layout.fillWidth: true
                            text: card.title
                            color: Theme.text
                            font.pixelSize: Theme.headingFontSize
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: card.description
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSize
                            wrapMode: Text.Wrap
                            elide: Text.ElideRight
                            maximumLineCount: 3
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 4
                            clip: true
                            Layout.maximumHeight: Theme.scaled(22)
                            Repeater {
                                model: card.tags
                                Tag { required property string modelData; text: modelData }
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: card.owner !== ""
                            text: qsTr("Owner: %1").arg(card.owner)
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        id: mouse
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: gallery.templateChosen(card.ref)
                    }
                }
            }
        }
        Text {
            visible: gallery.model.count === 0
            text: gallery.model.total === 0 ? qsTr("The catalog has no templates (entities of kind Template).")
                                            : qsTr("No template matches.")
            color: Theme.textMuted
        }
    }
}
