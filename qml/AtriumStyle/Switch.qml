// SPDX-License-Identifier: Apache-2.0
// Fusion's Switch, its outline in palette.dark (why: CMakeLists.txt).
import QtQuick
import QtQuick.Controls.Fusion as F
import QtQuick.Controls.Fusion.impl

F.Switch {
    id: control
    Binding {
        target: control.indicator
        property: "border.color"
        value: control.visualFocus ? Fusion.highlightedOutline(control.palette)
             : control.enabled ? control.palette.dark : control.palette.mid
    }
}
