// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The bottom line: which catalog is open, how many entities, how old the
// cache is, how the sync is doing, and a button with the problem count
// that opens the list.
Rectangle {
    id: bar
    required property AppController controller
    /** Null when the application has no sync. */
    property SyncController sync: null
    property bool problemsOpen: false
    signal problemsToggled()
    signal syncClicked()

    readonly property ProblemsModel problems: controller.problems
    implicitHeight: Theme.grow(30)
    color: Theme.surfaceAlt

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 14
        anchors.rightMargin: 8
        spacing: 14

        BusyIndicator {
            visible: bar.controller.loading
            running: visible
            implicitWidth: 18
            implicitHeight: 18
        }
        Text {
            visible: bar.controller.loading
            text: qsTr("Loading the catalog…")
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize + 1
        }
        Rectangle {
            visible: bar.controller.demo
            implicitWidth: demoText.implicitWidth + 14
            implicitHeight: Theme.grow(18, 0.85)
            radius: 9
            color: Theme.tint(Theme.accent, 0.12)
            Text {
                id: demoText
                anchors.centerIn: parent
                text: qsTr("Demo")
                color: Theme.accent
                font.pixelSize: Theme.smallFontSize
                font.weight: Font.DemiBold
            }
        }
        Text {
            visible: bar.controller.loaded
            text: qsTr("%Ln entities", "", bar.controller.catalog.count)
            color: Theme.text
            font.pixelSize: Theme.smallFontSize + 1
        }
        Text {
            visible: bar.controller.loaded
            text: bar.controller.cacheAge === "" ? qsTr("Never updated")
                                                : qsTr("Updated %1").arg(bar.controller.cacheAge)
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize + 1
        }
        // The sync: a small bar while it runs, else when it ran and runs next.
        AbstractButton {
            id: syncButton
            objectName: "statusSync"
            visible: bar.sync !== null && bar.sync.statusText !== ""
            implicitHeight: Theme.grow(22)
            implicitWidth: syncRow.implicitWidth + 16
            focusPolicy: Qt.NoFocus
            onClicked: bar.syncClicked()
            Accessible.name: bar.sync ? bar.sync.statusText : ""
            background: Rectangle {
                radius: 11
                color: syncButton.hovered ? Theme.hover : "transparent"
            }
            contentItem: RowLayout {
                id: syncRow
                spacing: 6
                Image {
                    Layout.leftMargin: 8
                    visible: bar.sync !== null && !bar.sync.running
                    source: bar.sync && bar.sync.lastError !== "" ? "qrc:/icons/error.svg" : "qrc:/icons/sync-small.svg"
                    sourceSize: Qt.size(13, 13)
                }
                ProgressBar {
                    Layout.leftMargin: 8
                    visible: bar.sync !== null && bar.sync.running
                    implicitWidth: 70
                    from: 0
                    to: bar.sync && bar.sync.total > 0 ? bar.sync.total : 1
                    value: bar.sync ? bar.sync.done : 0
                    indeterminate: bar.sync !== null && bar.sync.total === 0
                }
                Text {
                    Layout.rightMargin: 8
                    text: bar.sync ? bar.sync.statusText : ""
                    color: bar.sync && bar.sync.lastError !== "" && !bar.sync.running ? Theme.error : Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize + 1
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: bar.controller.cachePath
            color: Theme.textMuted
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideMiddle
            ToolTip.visible: pathHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: pathHover }
        }

        AbstractButton {
            id: problemsButton
            visible: bar.controller.loaded || bar.problems.count > 0
            implicitHeight: Theme.grow(22)
            implicitWidth: problemsRow.implicitWidth + 16
            checkable: false
            onClicked: bar.problemsToggled()
            Accessible.name: qsTr("Problems")
            background: Rectangle {
                radius: 11
                color: bar.problemsOpen ? Theme.selection
                                        : problemsButton.hovered ? Theme.hover : "transparent"
                border.color: bar.problemsOpen ? Theme.selectionBorder : Theme.border
            }
            contentItem: RowLayout {
                id: problemsRow
                spacing: 6
                Image {
                    Layout.leftMargin: 8
                    source: bar.problems.errorCount > 0 ? "qrc:/icons/error.svg"
                          : bar.problems.warningCount > 0 ? "qrc:/icons/warning.svg" : "qrc:/icons/ok.svg"
                    sourceSize: Qt.size(13, 13)
                }
                Text {
                    Layout.rightMargin: 8
                    text: bar.problems.count === 0 ? qsTr("No problems")
                                                   : qsTr("%Ln problem(s)", "", bar.problems.count)
                    color: Theme.text
                    font.pixelSize: Theme.smallFontSize + 1
                }
            }
        }
    }
}
