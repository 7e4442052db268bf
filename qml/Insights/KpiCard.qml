// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Atrium
import "bands.js" as Bands

// One KPI on the Insights overview: its value over the window and its band,
// the target, a sparkline per period, and where the number came from. A
// KPI without data says what is missing instead of showing a zero.
AbstractButton {
    id: card
    required property string kpiId
    required property string title
    required property bool hasValue
    required property string valueText
    required property string bandTitle
    required property int bandRank
    required property string targetText
    required property var sparkline
    required property string source
    required property string asOfText
    required property string missingReason
    required property string sampleText

    readonly property color bandColor: Bands.color(bandRank)

    implicitWidth: 300
    implicitHeight: 168
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    objectName: "kpiCard-" + kpiId
    Accessible.role: Accessible.Button
    Accessible.name: hasValue ? qsTr("%1: %2, %3").arg(title).arg(valueText).arg(bandTitle)
                              : qsTr("%1: no data").arg(title)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.selection : card.hovered ? Theme.hover : Theme.surface
        border.width: card.visualFocus ? 2 : 1
        border.color: card.visualFocus ? Theme.accent : Theme.border
        Rectangle {
            width: 4
            height: parent.height - 16
            x: 0
            y: 8
            radius: 2
            color: card.bandColor
        }
    }

    contentItem: Item {
        Column {
            x: 14
            y: 10
            width: card.width - 28
            spacing: 4

            Text {
                width: parent.width
                text: card.title
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Row {
                spacing: 8
                height: 32
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: card.hasValue ? card.valueText : qsTr("No data")
                    color: card.hasValue ? Theme.text : Theme.textMuted
                    font.pixelSize: card.hasValue ? 24 : 18
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    visible: card.hasValue
                    radius: 9
                    height: 18
                    width: chip.implicitWidth + 14
                    color: Bands.wash(card.bandRank)
                    border.color: card.bandColor
                    Text {
                        id: chip
                        anchors.centerIn: parent
                        text: card.bandTitle
                        color: card.bandColor
                        font.pixelSize: Theme.smallFontSize
                        font.weight: Font.DemiBold
                    }
                }
            }
            Text {
                width: parent.width
                text: card.hasValue ? card.targetText + "  ·  " + card.sampleText : card.targetText
                color: Theme.textMuted
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
            }
            Sparkline {
                width: parent.width
                height: 36
                visible: card.hasValue
                values: card.sparkline
                color: card.bandColor
            }
            Text {
                width: parent.width
                height: 36
                visible: !card.hasValue
                text: card.missingReason
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: card.asOfText === "" ? card.source : card.source + "  ·  " + card.asOfText
                color: Theme.textMuted
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    ToolTip.visible: hovered && !hasValue && missingReason !== ""
    ToolTip.delay: 700
    ToolTip.text: missingReason
}
