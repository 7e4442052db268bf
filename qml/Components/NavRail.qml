// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The app's sections down the left edge. Only sections that work are
// listed: Catalog and Graph, Sync and Settings when the application
// provides them; Create, Docs and Insights join when they do. Ctrl+1, Ctrl+2… switch.
Rectangle {
    id: rail
    property string current: "catalog"
    property bool syncAvailable: false
    property bool settingsAvailable: false
    property bool insightsAvailable: false
    signal sectionActivated(string section)

    readonly property var sections: {
        const list = [{ section: "catalog", label: qsTr("Catalog"), icon: "qrc:/icons/catalog.svg" },
                      { section: "graph", label: qsTr("Graph"), icon: "qrc:/icons/graph.svg" },
                      { section: "create", label: qsTr("Create"), icon: "qrc:/icons/create.svg" },
                      { section: "docs", label: qsTr("Docs"), icon: "qrc:/icons/docs.svg" }]
        if (insightsAvailable)
            list.push({ section: "insights", label: qsTr("Insights"), icon: "qrc:/icons/insights.svg" })
        if (syncAvailable)
            list.push({ section: "sync", label: qsTr("Sync"), icon: "qrc:/icons/sync.svg" })
        if (settingsAvailable)
            list.push({ section: "settings", label: qsTr("Settings"), icon: "qrc:/icons/settings.svg" })
        return list
    }

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
                required property int index
                readonly property bool isCurrent: rail.current === modelData.section
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 64
                implicitHeight: 58
                hoverEnabled: true
                objectName: "rail-" + modelData.section
                Accessible.name: modelData.label
                Accessible.role: Accessible.PageTab
                focusPolicy: Qt.StrongFocus
                onClicked: rail.sectionActivated(modelData.section)
                Keys.onReturnPressed: rail.sectionActivated(modelData.section)
                Keys.onEnterPressed: rail.sectionActivated(modelData.section)
                ToolTip.visible: hovered || visualFocus
                ToolTip.delay: 600
                ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(modelData.label).arg(index + 1)

                background: Rectangle {
                    radius: 8
                    color: item.isCurrent ? Theme.railActive : (item.hovered ? Qt.rgba(1, 1, 1, 0.06) : "transparent")
                    border.width: item.visualFocus ? 1 : 0
                    border.color: "#6ea1ff"
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
