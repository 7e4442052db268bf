// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// Rows of `key  value` (labels, annotations, spec fields). Values that are
// web addresses open in the browser through `linkActivated`. Positioned by
// hand: wrapped texts in Layouts keep stale heights in Qt 6.4.
Column {
    id: kv
    required property var items
    property bool monoKeys: true
    property real keyFraction: 0.36
    signal linkActivated(string url)

    width: parent ? parent.width : 0
    spacing: 6

    Repeater {
        model: kv.items
        delegate: Item {
            id: entry
            required property var modelData
            readonly property int keyWidth: Math.round(kv.width * kv.keyFraction)
            width: kv.width
            height: Math.max(key.implicitHeight, value.implicitHeight)

            Text {
                id: key
                width: entry.keyWidth
                text: entry.modelData.key
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize + 1
                font.family: kv.monoKeys ? Theme.monoFont : Theme.uiFont
                wrapMode: Text.WrapAnywhere
            }
            LinkText {
                id: value
                x: entry.keyWidth + 12
                width: entry.width - x
                text: entry.modelData.value
                active: !!entry.modelData.isUrl
                color: active ? Theme.link : Theme.text
                font.pixelSize: Theme.smallFontSize + 1
                wrapMode: active ? Text.WrapAnywhere : Text.WrapAtWordBoundaryOrAnywhere
                elide: Text.ElideNone
                textFormat: Text.PlainText
                onActivated: kv.linkActivated(entry.modelData.value)
            }
        }
    }
}
