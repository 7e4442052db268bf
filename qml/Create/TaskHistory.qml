// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Create section's "Recent tasks": what the scaffolder ran from this
// catalog, newest first, with the outcome, when, how long, and the links a
// run left (the repository, the pull request), so that none is lost once
// its wizard is closed.
FocusScope {
    id: history
    required property TaskHistoryModel model
    signal closeRequested()

    onVisibleChanged: if (visible) model.reload()
    Keys.onEscapePressed: history.closeRequested()

    function statusColor(status: string): color {
        return status === "completed" ? Theme.success : status === "failed" ? Theme.error
             : status === "running" ? Theme.accent : Theme.textMuted
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                text: qsTr("Recent tasks")
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%n task(s)", "", history.model.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
            ActionButton {
                objectName: "historyBack"
                text: qsTr("Back to templates")
                onClicked: history.closeRequested()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: history.model.error !== ""
            text: history.model.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "historyEmpty"
            Layout.fillWidth: true
            visible: history.model.count === 0 && !history.model.loading && history.model.error === ""
            text: qsTr("No task has run from this catalog yet. A template's Create or dry run shows here once it starts.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            spacing: 8
            model: history.model
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Recent tasks")
            // Enter opens the task's first link (its repository, usually).
            Keys.onReturnPressed: if (currentItem && currentItem.links.length > 0) history.model.openLink(currentItem.links[0].url)
            Keys.onEnterPressed: if (currentItem && currentItem.links.length > 0) history.model.openLink(currentItem.links[0].url)

            delegate: Rectangle {
                id: row
                required property int index
                required property string title
                required property string templateRef
                required property string status
                required property string statusText
                required property bool dryRun
                required property string when
                required property string duration
                required property string error
                required property var links
                required property string steps
                required property string source
                width: list.width - 12
                height: rowColumn.implicitHeight + 20
                radius: Theme.radius
                color: ListView.isCurrentItem && list.activeFocus ? Theme.selection : Theme.surface
                border.width: ListView.isCurrentItem && list.activeFocus ? 2 : 1
                border.color: ListView.isCurrentItem && list.activeFocus ? Theme.focus : Theme.border
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2, %3").arg(title).arg(statusText).arg(when)
                Accessible.description: error

                MouseArea {
                    anchors.fill: parent
                    onClicked: list.currentIndex = row.index
                }

                ColumnLayout {
                    id: rowColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 10
                    anchors.leftMargin: 14
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        Rectangle {
                            implicitWidth: statusLabel.implicitWidth + 14
                            implicitHeight: Theme.grow(22, 0.85)
                            radius: 4
                            color: Theme.tint(history.statusColor(row.status), 0.15)
                            border.color: history.statusColor(row.status)
                            Text {
                                id: statusLabel
                                anchors.centerIn: parent
                                text: row.statusText
                                color: Theme.text
                                font.pixelSize: Theme.smallFontSize
                                font.weight: Font.DemiBold
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.title
                            color: Theme.text
                            font.pixelSize: Theme.fontSize + 1
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Tag {
                            visible: row.dryRun
                            text: qsTr("Dry run")
                        }
                        Text {
                            text: row.duration !== "" ? qsTr("%1 · took %2").arg(row.when).arg(row.duration) : row.when
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: [row.source, row.templateRef, row.steps].filter(t => t !== "").join(" · ")
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize + 1
                        elide: Text.ElideMiddle
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: row.error !== ""
                        text: row.error
                        color: Theme.error
                        font.pixelSize: Theme.fontSize
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        visible: row.links.length > 0
                        spacing: 14
                        Repeater {
                            model: row.links
                            LinkText {
                                required property var modelData
                                text: modelData.title
                                font.pixelSize: Theme.fontSize
                                Accessible.description: modelData.url
                                onActivated: history.model.openLink(modelData.url)
                            }
                        }
                    }
                }
            }
        }
    }
}
