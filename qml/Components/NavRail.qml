// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The app's sections down the left edge. Only sections that work are
// listed: Graph, Create, Docs, Insights and Settings join when they do.
Rectangle {
    id: rail
    property string current: "catalog"
    signal sectionActivated(string section)

    readonly property var sections: [
        { section: "catalog", label: qsTr("Catalog"), icon: "qrc:/icons/catalog.svg" }
    ]

    implicitWidth: 76
    color: Theme.rail

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 14
        spacing: 6

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 12
            source: "qrc:/icons/atrium.svg"
            sourceSize: Qt.size(34, 34)
            Accessible.name: qsTr("Atrium")
        }

        Repeater {
            model: rail.sections
            delegate: ItemDelegate {
                id: item
                required property var modelData
                readonly property bool isCurrent: rail.current === modelData.section
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 64
                implicitHeight: 58
                hoverEnabled: true
                Accessible.name: modelData.label
                onClicked: rail.sectionActivated(modelData.section)

                background: Rectangle {
                    radius: 8
                    color: item.isCurrent ? Theme.railActive : (item.hovered ? Qt.rgba(1, 1, 1, 0.06) : "transparent")
                    Rectangle {
                        visible: item.isCurrent
                        width: 3
                        height: 24
                        radius: 1.5
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        color: "#6ea1ff"
                    }
                }
                contentItem: ColumnLayout {
                    spacing: 4
                    Image {
                        Layout.alignment: Qt.AlignHCenter
                        source: item.modelData.icon
                        sourceSize: Qt.size(22, 22)
                        opacity: item.isCurrent ? 1 : 0.75
                    }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        text: item.modelData.label
                        color: item.isCurrent ? "#ffffff" : Theme.railText
                        font.pixelSize: Theme.smallFontSize
                        font.weight: item.isCurrent ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }
    }
}
