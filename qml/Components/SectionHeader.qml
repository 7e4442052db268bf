// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// The title of one block of the detail panel, with a rule under it.
// Positioner-based (not a Layout) like the rest of the panel, whose
// wrapped texts need their height to follow their width at once.
Item {
    id: header
    required property string text
    property int count: -1

    width: parent ? parent.width : 0
    implicitHeight: 16 + title.implicitHeight + 6 + 1

    Row {
        y: 16
        spacing: 6
        Text {
            id: title
            text: header.text
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
        }
        Text {
            anchors.baseline: title.baseline
            visible: header.count >= 0
            text: Number(header.count).toLocaleString(Qt.locale(), "f", 0)
            color: Theme.textMuted
            font.pixelSize: Theme.smallFontSize
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
}
