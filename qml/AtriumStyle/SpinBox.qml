// SPDX-License-Identifier: Apache-2.0
// Fusion's SpinBox, its outline in palette.dark (why: CMakeLists.txt).
import QtQuick
import QtQuick.Controls.Fusion as F
import QtQuick.Controls.Fusion.impl

F.SpinBox {
    id: control
    Binding {
        target: control.background
        property: "border.color"
        value: control.activeFocus ? Fusion.highlightedOutline(control.palette) : control.palette.dark
    }
}
