// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// One fact of the detail panel's header: a name, and a value that may be a
// link to another entity.
Item {
    id: fact
    required property string label
    property string value
    property bool link: false
    property bool mono: false
    property int labelWidth: 104
    signal activated()

    width: parent ? parent.width : 0
    height: Math.max(name.y + name.implicitHeight, text.y + text.implicitHeight)
    visible: value !== ""

    Text {
        id: name
        y: Math.max(0, text.baselineOffset - baselineOffset)
        width: fact.labelWidth - 8
        text: fact.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize
        elide: Text.ElideRight
    }
    LinkText {
        id: text
        x: fact.labelWidth
        // Latin values next to Korean labels: line up the baselines.
        y: Math.max(0, name.baselineOffset - baselineOffset)
        width: fact.width - x
        text: fact.value
        active: fact.link
        color: active ? Theme.link : Theme.text
        font.pixelSize: fact.mono ? Theme.smallFontSize + 1 : Theme.fontSize
        font.family: fact.mono ? Theme.monoFont : Theme.uiFont
        // Paths are long and have no spaces: elide their middle instead.
        wrapMode: fact.mono ? Text.NoWrap : Text.Wrap
        elide: fact.mono ? Text.ElideMiddle : Text.ElideNone
        onActivated: fact.activated()
    }
}
