// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The problems found when the catalog was read, compiler style:
// severity, FILE:LINE:COL and the message. A problem about an entity
// opens that entity on click.
Rectangle {
    id: panel
    required property AppController controller
    signal closeRequested()

    readonly property ProblemsModel problems: controller.problems
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.borderStrong
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 1
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 8
            implicitHeight: Theme.grow(36)
            spacing: 12
            Text {
                text: qsTr("Problems")
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.weight: Font.DemiBold
            }
            Text {
                text: qsTr("%Ln error(s)", "", panel.problems.errorCount)
                color: panel.problems.errorCount > 0 ? Theme.error : Theme.textMuted
                font.pixelSize: Theme.smallFontSize + 1
            }
            Text {
                text: qsTr("%Ln warning(s)", "", panel.problems.warningCount)
                color: panel.problems.warningCount > 0 ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.smallFontSize + 1
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                icon.source: "qrc:/icons/close.svg"
                icon.width: 12
                icon.height: 12
                onClicked: panel.closeRequested()
                Accessible.name: qsTr("Close problems")
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.problems
            // Widest location seen so far, so that messages line up.
            property real locationWidth: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Problems")

            delegate: Rectangle {
                id: row
                required property int index
                required property string severity
                required property string location
                required property string message
                required property string entityRef
                readonly property bool linked: entityRef !== "" && panel.controller.hasEntity(entityRef)
                width: ListView.view.width
                height: Math.max(30, text.implicitHeight + 12)
                color: hover.hovered && linked ? Theme.hover : (index % 2 ? Theme.surfaceAlt : Theme.surface)

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: 10
                    Image {
                        source: row.severity === "error" ? "qrc:/icons/error.svg" : "qrc:/icons/warning.svg"
                        sourceSize: Qt.size(14, 14)
                        Accessible.name: row.severity === "error" ? qsTr("Error") : qsTr("Warning")
                    }
                    Text {
                        Layout.preferredWidth: Math.min(list.locationWidth, row.width * 0.4)
                        onImplicitWidthChanged: list.locationWidth = Math.max(list.locationWidth, implicitWidth)
                        Component.onCompleted: list.locationWidth = Math.max(list.locationWidth, implicitWidth)
                        text: row.location
                        color: Theme.textSecondary
                        font.family: Theme.monoFont
                        font.pixelSize: Theme.smallFontSize + 1
                        elide: Text.ElideMiddle
                    }
                    Text {
                        id: text
                        Layout.fillWidth: true
                        text: row.message
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        wrapMode: Text.Wrap
                    }
                }
                HoverHandler {
                    id: hover
                    cursorShape: row.linked ? Qt.PointingHandCursor : Qt.ArrowCursor
                }
                TapHandler {
                    enabled: row.linked
                    onTapped: panel.controller.navigateTo(row.entityRef)
                }
            }

            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No problems: the catalog was read without errors or warnings.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
