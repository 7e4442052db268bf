// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// About Atrium, opened from the Settings page: the version, the app id,
// the licence, and the libraries Atrium runs on with their versions (the
// same as `atrium --version`), which "Copy version info" puts on the
// clipboard for a bug report.
FocusScope {
    id: page
    /** Offer the way back to Settings (off when the page stands alone). */
    property bool backAvailable: true
    signal backRequested()

    focus: true

    Keys.onEscapePressed: if (page.backAvailable) page.backRequested()

    // Wrapped texts sit in positioners, not layouts (see SyncPage.qml).
    component Paragraph: Text {
        width: parent ? parent.width : 0
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSize
        wrapMode: Text.Wrap
        lineHeight: 1.15
        onLinkActivated: (url) => Qt.openUrlExternally(url)
        HoverHandler {
            cursorShape: parent.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Toolbar
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 64
            color: Theme.surface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 20
                anchors.rightMargin: 16
                spacing: 10
                ActionButton {
                    objectName: "aboutBackButton"
                    visible: page.backAvailable
                    text: qsTr("Settings")
                    icon.source: "qrc:/icons/back.svg"
                    icon.width: 14
                    icon.height: 14
                    onClicked: page.backRequested()
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Back to Settings (Esc)")
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("About Atrium")
                    color: Theme.text
                    font.pixelSize: Theme.titleFontSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                ActionButton {
                    id: copyButton
                    objectName: "copyVersionButton"
                    property bool copied: false
                    text: copied ? qsTr("Copied") : qsTr("Copy version info")
                    icon.source: "qrc:/icons/copy.svg"
                    icon.width: 14
                    icon.height: 14
                    onClicked: {
                        AboutInfo.copyVersionInfo()
                        copied = true
                        copiedTimer.restart()
                    }
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Copy Atrium's version, its libraries' versions and the platform, for a bug report")
                    Timer {
                        id: copiedTimer
                        interval: 2000
                        onTriggered: copyButton.copied = false
                    }
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            Column {
                id: content
                // Two columns side by side when there is room for both.
                readonly property bool wide: scroll.availableWidth >= 1100
                readonly property real columnWidth: wide ? (width - 24) / 2 : width
                width: Math.min(scroll.availableWidth - 48, wide ? 1320 : 720)
                x: 24
                topPadding: 24
                bottomPadding: 24
                spacing: 18

                // The app: icon, name, version, what it is for.
                Row {
                    spacing: 16
                    Image {
                        source: "qrc:/icons/atrium.svg"
                        sourceSize: Qt.size(64, 64)
                        width: 64
                        height: 64
                        Accessible.ignored: true
                    }
                    Column {
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 4
                        Text {
                            text: qsTr("Atrium")
                            color: Theme.text
                            font.pixelSize: Theme.titleFontSize + 4
                            font.weight: Font.DemiBold
                        }
                        Text {
                            objectName: "aboutVersion"
                            text: qsTr("Version %1").arg(AboutInfo.version)
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSize
                        }
                        Text {
                            text: qsTr("A desktop developer portal for Backstage catalogs")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSize
                        }
                    }
                }

                Flow {
                    width: content.width
                    spacing: 24

                    // Facts and licence
                    Column {
                        width: content.columnWidth
                        spacing: 8

                        Rectangle {
                            width: parent.width
                            height: facts.height + 24
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border
                            Column {
                                id: facts
                                x: 16
                                y: 12
                                width: parent.width - 32
                                spacing: 8
                                FactRow {
                                    label: qsTr("Application id")
                                    value: AboutInfo.appId
                                    mono: true
                                    labelWidth: 140
                                }
                                FactRow {
                                    label: qsTr("Licence")
                                    value: qsTr("Apache License 2.0 (%1)").arg(AboutInfo.license)
                                    link: true
                                    labelWidth: 140
                                    onActivated: Qt.openUrlExternally(AboutInfo.licenseUrl)
                                }
                                FactRow {
                                    label: qsTr("Home page")
                                    value: AboutInfo.homepage
                                    link: true
                                    labelWidth: 140
                                    onActivated: Qt.openUrlExternally(AboutInfo.homepage)
                                }
                            }
                        }
                        SectionHeader {
                            text: qsTr("Licence")
                        }
                        Paragraph {
                            text: qsTr("Copyright © 2026 the Atrium contributors.")
                            color: Theme.text
                        }
                        Paragraph {
                            text: qsTr("Atrium is free software, licensed under the Apache License, Version 2.0: you may use, copy, modify and distribute it, also in products of your own, provided that you keep its copyright and licence notices and state the changes you make. It comes without warranties or conditions of any kind. The full text is at <a href=\"%1\">%1</a>.").arg(AboutInfo.licenseUrl)
                            textFormat: Text.StyledText
                            linkColor: Theme.link
                        }
                    }

                    // Libraries
                    Column {
                        width: content.columnWidth
                        spacing: 8
                        SectionHeader {
                            text: qsTr("Libraries")
                            count: AboutInfo.libraries.length
                        }
                        Paragraph {
                            text: qsTr("Atrium is built on these libraries, each under its own licence. A version marked “at build time” is the one Atrium was built against; the others are read from the library loaded now.")
                        }
                        Rectangle {
                            width: parent.width
                            height: libraries.height
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border
                            Column {
                                id: libraries
                                width: parent.width
                                Repeater {
                                    model: AboutInfo.libraries
                                    Item {
                                        id: row
                                        required property var modelData
                                        required property int index
                                        width: libraries.width
                                        height: Theme.rowHeight
                                        Rectangle {
                                            visible: row.index > 0
                                            width: parent.width
                                            height: 1
                                            color: Theme.border
                                        }
                                        LinkText {
                                            x: 16
                                            width: parent.width * 0.22 - 16
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: row.modelData.name
                                            font.pixelSize: Theme.fontSize
                                            font.weight: Font.DemiBold
                                            onActivated: Qt.openUrlExternally(row.modelData.url)
                                        }
                                        Text {
                                            x: parent.width * 0.22
                                            width: parent.width * 0.3 - 8
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: row.modelData.runtime ? row.modelData.version
                                                                        : qsTr("%1 (at build time)").arg(row.modelData.version)
                                            color: Theme.text
                                            font.pixelSize: Theme.fontSize
                                            elide: Text.ElideRight
                                        }
                                        Text {
                                            x: parent.width * 0.52
                                            width: parent.width * 0.48 - 16
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: row.modelData.license
                                            color: Theme.textSecondary
                                            font.pixelSize: Theme.smallFontSize + 1
                                            font.family: Theme.monoFont
                                            elide: Text.ElideRight
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
