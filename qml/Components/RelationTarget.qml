// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One entity a relation points at: its kind and name; a click goes there.
// Targets that are not in the catalog are shown, greyed, and do nothing.
Rectangle {
    id: target
    required property var modelData
    signal activated(string ref)

    readonly property bool found: modelData.found
    objectName: "relation-" + modelData.ref
    implicitWidth: row.implicitWidth + 12
    implicitHeight: Theme.grow(26)
    radius: 13
    color: hover.hovered && found ? Theme.hover : Theme.surface
    border.color: activeFocus ? Theme.focus : hover.hovered && found ? Theme.selectionBorder : Theme.border
    border.width: activeFocus ? 2 : 1
    activeFocusOnTab: found
    Keys.onReturnPressed: target.activated(target.modelData.ref)
    Keys.onEnterPressed: target.activated(target.modelData.ref)
    Keys.onSpacePressed: target.activated(target.modelData.ref)
    opacity: found ? 1 : 0.6

    RowLayout {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        x: 4
        spacing: 6
        KindChip {
            kind: target.modelData.kind
            compact: true
        }
        Text {
            text: target.modelData.name
            color: target.found ? Theme.link : Theme.textSecondary
            font.pixelSize: Theme.smallFontSize + 1
            rightPadding: 4
        }
    }
    HoverHandler {
        id: hover
        cursorShape: target.found ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
    TapHandler {
        enabled: target.found
        onTapped: target.activated(target.modelData.ref)
    }
    ToolTip.visible: hover.hovered || activeFocus
    ToolTip.delay: 600
    ToolTip.text: found ? (modelData.title !== "" ? modelData.title + "\n" + modelData.ref : modelData.ref)
                        : qsTr("%1 is not in the catalog").arg(modelData.ref)
    Accessible.role: Accessible.Link
    Accessible.name: modelData.ref
}
