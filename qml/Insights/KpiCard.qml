// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Atrium

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

    readonly property color bandColor: Theme.bandColor(bandRank)

    implicitWidth: Theme.scaled(300)
    // The content's height, at least the 100 % card's, so cards line up.
    implicitHeight: Math.max(168, cardColumn.implicitHeight + 20)
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
        border.color: card.visualFocus ? Theme.focus : Theme.border
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
            id: cardColumn
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
                height: Theme.grow(32, 1.8)
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    // Shrinks rather than run past the card (large text, long units).
                    width: Math.min(implicitWidth, cardColumn.width - (bandChipBox.visible ? bandChipBox.width + 8 : 0))
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontSize
                    elide: Text.ElideRight
                    text: card.hasValue ? card.valueText : qsTr("No data")
                    color: card.hasValue ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.scaled(card.hasValue ? 24 : 18)
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    id: bandChipBox
                    anchors.verticalCenter: parent.verticalCenter
                    visible: card.hasValue
                    radius: height / 2
                    height: Theme.grow(18, 0.85)
                    width: chip.implicitWidth + 14
                    color: Theme.bandWash(card.bandRank)
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
                height: Theme.grow(36, 2)
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
