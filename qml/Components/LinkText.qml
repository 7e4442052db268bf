// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// Text that acts on a click, underlined on hover, for links and refs. An
// active one is on the Tab path too: Enter or Space follows it.
Text {
    id: link
    property bool active: true
    signal activated()

    color: active ? Theme.link : Theme.text
    font.underline: active && (hover.hovered || activeFocus)
    elide: Text.ElideRight
    activeFocusOnTab: active
    Accessible.role: active ? Accessible.Link : Accessible.StaticText
    Accessible.name: text
    Keys.onReturnPressed: if (active) activated()
    Keys.onEnterPressed: if (active) activated()
    Keys.onSpacePressed: if (active) activated()

    Rectangle {
        anchors.fill: parent
        anchors.margins: -2
        visible: link.activeFocus
        color: "transparent"
        border.width: 2
        border.color: Theme.focus
        radius: 3
    }

    HoverHandler {
        id: hover
        enabled: link.active
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        enabled: link.active
        onTapped: link.activated()
    }
}
