// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// A run of the template: its steps as they go, the log, and at the end the
// output links, or for a dry run the files it would write as a tree with
// the selected file's contents.
FocusScope {
    id: panel
    required property CreateController create
    signal entityRequested(string ref)

    function stateText(state) {
        switch (state) {
        case "running": return qsTr("Running")
        case "completed": return qsTr("Done")
        case "failed": return qsTr("Failed")
        case "skipped": return qsTr("Skipped")
        case "cancelled": return qsTr("Cancelled")
        default: return qsTr("Waiting")
        }
    }
    function stateColor(state) {
        return state === "completed" ? Theme.success : state === "failed" ? Theme.error
             : state === "running" ? Theme.accent : Theme.textMuted
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            spacing: 10
            Text {
                text: panel.create.dryRun ? qsTr("Dry run") : qsTr("Creating")
                color: Theme.text
                font.pixelSize: Theme.headingFontSize
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "runStatus"
                text: panel.stateText(panel.create.status)
                color: panel.stateColor(panel.create.status)
                font.weight: Font.DemiBold
            }
            BusyIndicator {
                running: panel.create.running
                visible: running
                implicitWidth: 22
                implicitHeight: 22
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                visible: panel.create.running
                text: qsTr("Cancel")
                onClicked: panel.create.cancel()
            }
        }
        Rectangle {
            visible: panel.create.error !== ""
            Layout.fillWidth: true
            implicitHeight: errorText.implicitHeight + 12
            radius: 4
            color: Theme.errorSoft
            Text {
                id: errorText
                objectName: "runError"
                anchors.fill: parent
                anchors.margins: 6
                text: panel.create.error
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }

        // Steps
        Column {
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: panel.create.steps
                Row {
                    required property var modelData
                    required property int index
                    spacing: 8
                    height: 22
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 10
                        height: 10
                        radius: 5
                        color: panel.stateColor(parent.modelData.state)
                    }
                    Text { anchors.verticalCenter: parent.verticalCenter; text: (parent.index + 1) + ". " + parent.modelData.name; color: Theme.text }
                    Text { anchors.verticalCenter: parent.verticalCenter; text: panel.stateText(parent.modelData.state); color: panel.stateColor(parent.modelData.state); font.pixelSize: Theme.smallFontSize }
                }
            }
        }

        // Output links
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: panel.create.links.length > 0
            Repeater {
                model: panel.create.links
                ActionButton {
                    required property var modelData
                    text: modelData.title
                    onClicked: {
                        if (modelData.entityRef !== "")
                            panel.entityRequested(modelData.entityRef)
                        else
                            Qt.openUrlExternally(modelData.url)
                    }
                }
            }
        }
        Repeater {
            model: panel.create.texts
            ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                Text { text: modelData.title; font.weight: Font.DemiBold; color: Theme.text }
                Text { Layout.fillWidth: true; text: modelData.content; textFormat: Text.MarkdownText; wrapMode: Text.Wrap; color: Theme.text }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal
            visible: panel.create.dryRun && panel.create.files.length > 0

            ListView {
                id: tree
                objectName: "fileTree"
                SplitView.preferredWidth: 300
                clip: true
                model: panel.create.files
                activeFocusOnTab: true
                keyNavigationEnabled: true
                onCurrentIndexChanged: {
                    const row = panel.create.files[currentIndex]
                    if (row && !row.folder)
                        panel.create.selectedFile = row.path
                }
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    height: 26
                    highlighted: modelData.path === panel.create.selectedFile
                    leftPadding: 8 + modelData.depth * 16
                    text: (modelData.folder ? "▸ " : "") + modelData.name
                    font.family: Theme.monoFont
                    font.pixelSize: Theme.smallFontSize + 1
                    onClicked: {
                        tree.currentIndex = index
                        if (!modelData.folder)
                            panel.create.selectedFile = modelData.path
                    }
                }
            }
            ScrollView {
                id: contentScroll
                SplitView.fillWidth: true
                contentWidth: availableWidth
                TextArea {
                    objectName: "fileContent"
                    readOnly: true
                    text: panel.create.selectedContent
                    font.family: Theme.monoFont
                    font.pixelSize: Theme.smallFontSize + 1
                    wrapMode: TextEdit.WrapAnywhere
                    background: Rectangle { color: Theme.surface; border.color: Theme.border }
                }
            }
        }

        // Takes the rest when neither the files nor the log do.
        Item {
            Layout.fillHeight: true
            visible: !(panel.create.dryRun && panel.create.files.length > 0) && panel.create.log === ""
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: !(panel.create.dryRun && panel.create.files.length > 0)
            Layout.preferredHeight: 140
            contentWidth: availableWidth
            visible: panel.create.log !== ""
            TextArea {
                objectName: "runLog"
                readOnly: true
                text: panel.create.log
                font.family: Theme.monoFont
                font.pixelSize: Theme.smallFontSize
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.surfaceAlt; border.color: Theme.border }
            }
        }
    }
}
