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

    // Wider with larger text (labels elide past 160 %).
    implicitWidth: 12 + itemWidth
    readonly property int itemWidth: Math.round(64 * Math.min(Theme.fontScale, 1.6))
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
                implicitWidth: rail.itemWidth
                implicitHeight: Theme.grow(58, 0.85)
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
                    color: item.isCurrent ? Theme.railActive : (item.hovered ? Theme.railHover : "transparent")
                    border.width: item.visualFocus ? 2 : 0
                    border.color: Theme.railAccent
                    Rectangle {
                        visible: item.isCurrent
                        width: 3
                        height: 24
                        radius: 1.5
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        color: Theme.railAccent
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
                        color: item.isCurrent ? Theme.railTextActive : Theme.railText
                        Layout.maximumWidth: rail.itemWidth - 8
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                        font.weight: item.isCurrent ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }
    }
}
