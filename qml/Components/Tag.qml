// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// A neutral chip: tags, labels.
Rectangle {
    id: tag
    required property string text
    property bool mono: false
    implicitWidth: label.implicitWidth + 14
    implicitHeight: Theme.grow(22, 0.85)
    radius: 4
    color: Theme.surfaceAlt
    border.color: Theme.border

    Text {
        id: label
        anchors.centerIn: parent
        text: tag.text
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize
        font.family: tag.mono ? Theme.monoFont : Theme.uiFont
    }
}
