// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Atrium

// A tab of a TabBar in the app's style: text, and an accent underline
// under the current one; a focus ring for keyboard use.
TabButton {
    id: control
    implicitHeight: Theme.grow(34)
    leftPadding: 10
    rightPadding: 10
    font.pixelSize: Theme.fontSize
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.checked ? Theme.accent : control.hovered ? Theme.text : Theme.textSecondary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        color: control.hovered && !control.checked ? Theme.hover : "transparent"
        border.width: control.visualFocus ? 1 : 0
        border.color: Theme.accent
        radius: 3
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 2
            color: control.checked ? Theme.accent : "transparent"
        }
    }
}
