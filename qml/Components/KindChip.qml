// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// The kind of an entity as a small coloured label; the colour is the kind's
// everywhere in the app.
Rectangle {
    id: chip
    required property string kind
    property bool compact: false

    readonly property color baseColor: Theme.kindColor(kind)
    implicitWidth: label.implicitWidth + (compact ? 10 : 14)
    implicitHeight: Math.max(compact ? 18 : 20, label.implicitHeight + 4)
    radius: height / 2
    color: Theme.tint(baseColor, 0.12)
    border.color: Theme.tint(baseColor, 0.28)
    border.width: 1

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.kind
        color: Theme.kindTextColor(chip.kind)
        font.pixelSize: chip.compact ? Theme.scaled(10) : Theme.smallFontSize
        font.weight: Font.DemiBold
    }
}
