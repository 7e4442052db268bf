// SPDX-License-Identifier: Apache-2.0
// Fusion's ComboBox, its outline in palette.dark (why: CMakeLists.txt).
import QtQuick
import QtQuick.Controls.Fusion as F
import QtQuick.Controls.Fusion.impl

F.ComboBox {
    id: control
    Binding {
        target: control.background
        property: "border.color"
        value: control.visualFocus || control.background.highlighted ? Fusion.highlightedOutline(control.palette)
             : control.enabled ? control.palette.dark : control.palette.mid
    }
}
