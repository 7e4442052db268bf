// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Atrium

// A page's action button in the app's colours: `primary` for the one
// action a page is for (Sync now, Save), with a focus ring for keyboard use.
Button {
    id: control
    property bool primary: false

    implicitHeight: Theme.grow(32)
    leftPadding: 14
    rightPadding: 14
    font.pixelSize: Theme.fontSize
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius - 1
        color: {
            if (!control.enabled)
                return control.primary ? Theme.tint(Theme.accent, 0.35) : Theme.surfaceAlt
            if (control.primary)
                return control.down ? Qt.darker(Theme.accent, 1.15) : control.hovered ? Qt.lighter(Theme.accent, 1.08) : Theme.accent
            return control.down ? Theme.selection : control.hovered ? Theme.hover : Theme.surface
        }
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? (control.primary ? Theme.text : Theme.focus)
                      : control.primary ? "transparent" : Theme.borderStrong
    }
    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 6
            Image {
                anchors.verticalCenter: parent.verticalCenter
                visible: control.icon.source.toString() !== ""
                source: control.icon.source
                sourceSize: Qt.size(control.icon.width, control.icon.height)
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                font: control.font
                color: !control.enabled ? Theme.textMuted : control.primary ? Theme.accentText : Theme.text
            }
        }
    }
}
