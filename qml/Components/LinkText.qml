// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// Text that acts on a click, underlined on hover, for links and refs.
Text {
    id: link
    property bool active: true
    signal activated()

    color: active ? Theme.link : Theme.text
    font.underline: active && hover.hovered
    elide: Text.ElideRight

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
