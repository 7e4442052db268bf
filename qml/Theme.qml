// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick
import Atrium.Models

// One palette and type scale for every view, so that a colour means the
// same thing everywhere (a kind, a lifecycle, a severity).
QtObject {
    readonly property color window: "#f4f6f9"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f9fafc"
    readonly property color border: "#e2e6ec"
    readonly property color borderStrong: "#cfd5de"
    readonly property color text: "#1c2331"
    readonly property color textSecondary: "#545e70"
    readonly property color textMuted: "#8a94a6"
    readonly property color accent: "#2f6fde"
    readonly property color accentText: "#ffffff"
    readonly property color link: "#2563c9"
    readonly property color hover: "#f1f4f9"
    readonly property color selection: "#e3edfd"
    readonly property color selectionBorder: "#9dbdf5"

    readonly property color rail: "#1b2130"
    readonly property color railText: "#aab3c5"
    readonly property color railActive: "#2c3649"

    readonly property color error: "#d93025"
    readonly property color errorSoft: "#fdecea"
    readonly property color warning: "#b7791f"
    readonly property color warningSoft: "#fff6e0"

    readonly property int fontSize: 13
    readonly property int smallFontSize: 11
    readonly property int titleFontSize: 20
    readonly property int headingFontSize: 16
    readonly property int rowHeight: 34
    readonly property int spacing: 8
    readonly property int radius: 6
    readonly property string monoFont: "DejaVu Sans Mono"
    readonly property string uiFont: Qt.application.font.family

    // One table for views and exports: KindPalette (C++).
    function kindColor(kind: string): color {
        return KindPalette.color(kind)
    }

    function lifecycleColor(lifecycle: string): color {
        switch (lifecycle.toLowerCase()) {
        case "production": return "#15803d"
        case "experimental": return "#b45309"
        case "deprecated": return "#b91c1c"
        default: return textSecondary
        }
    }

    function tint(c: color, alpha: real): color {
        return Qt.rgba(c.r, c.g, c.b, alpha)
    }
}
