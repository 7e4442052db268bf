// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick
import Atrium.Models

// One palette and type scale for every view, so that a colour means the
// same thing everywhere (a kind, a lifecycle, a severity). Each colour has a
// light and a dark value; ThemeController says which applies (the platform's
// choice by default) and how large the text is. tests/auto/models/tst_theme
// checks the text and band colours against WCAG AA in both.
QtObject {
    readonly property bool dark: ThemeController.dark
    /** 1.0 to 2.0: every font size, and the row heights that hold text. */
    readonly property real fontScale: ThemeController.fontScale

    readonly property color window: dark ? "#14171d" : "#f4f6f9"
    readonly property color surface: dark ? "#1b1f27" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#20252e" : "#f9fafc"
    readonly property color border: dark ? "#2e3540" : "#e2e6ec"
    /** The outline of a control (buttons, fields, check boxes, frames a
     *  person types in): 3:1 or more against window, surface, surfaceAlt,
     *  hover and selection (WCAG 2.1 1.4.11). Main.qml hands it to the
     *  stock controls as palette.dark. Dividers use `border`. */
    readonly property color borderStrong: dark ? "#757f91" : "#7a8494"
    readonly property color text: dark ? "#e6e9ef" : "#1c2331"
    readonly property color textSecondary: dark ? "#b3bac7" : "#4f596b"
    readonly property color textMuted: dark ? "#9aa3b3" : "#5d6779"
    /** Also palette.highlight: Fusion draws the focus frame of stock
     *  controls in it darkened by 1.25, but raises a result brighter than
     *  value 160 to lightness 160, which on white is under 3:1; a value
     *  of 200 or less (#2462c8, not #2563c9) keeps the dark frame. */
    readonly property color accent: dark ? "#6ea1ff" : "#2462c8"
    readonly property color accentText: dark ? "#0b1220" : "#ffffff"
    readonly property color link: dark ? "#7fb0ff" : "#1f5bbf"
    readonly property color hover: dark ? "#262c37" : "#eef2f7"
    readonly property color selection: dark ? "#1f3558" : "#e3edfd"
    readonly property color selectionBorder: dark ? "#4d7bc4" : "#9dbdf5"
    /** The keyboard focus frame: 3:1 or more against window and surface. */
    readonly property color focus: dark ? "#7fb0ff" : "#2563c9"
    /** Drop shadows of floating panels. */
    readonly property color shadow: dark ? Qt.rgba(0, 0, 0, 0.45) : Qt.rgba(0, 0, 0, 0.08)

    // The navigation rail is dark in both themes.
    readonly property color rail: dark ? "#0f1217" : "#1b2130"
    readonly property color railText: "#aab3c5"
    readonly property color railTextActive: "#ffffff"
    readonly property color railActive: dark ? "#262e3d" : "#2c3649"
    readonly property color railHover: Qt.rgba(1, 1, 1, 0.06)
    readonly property color railAccent: "#6ea1ff"

    readonly property color error: dark ? "#ff7b72" : "#c5221f"
    readonly property color errorSoft: dark ? "#3b1f22" : "#fdecea"
    readonly property color warning: dark ? "#e3b341" : "#8f5a07"
    readonly property color warningSoft: dark ? "#3a2f14" : "#fff6e0"
    readonly property color success: dark ? "#4ade80" : "#136c37"
    readonly property color successSoft: dark ? "#173324" : "#e7f6ec"
    /** A fourth hue for what is neither good nor bad (examples, PATCH). */
    readonly property color violet: dark ? "#b39dfa" : "#6d4fc2"

    /** Code boxes and <pre> blocks (DocsController highlights for `dark`). */
    readonly property color codeBackground: dark ? "#151920" : "#f6f8fb"
    /** Graph edges not touching the selection. */
    readonly property color edge: dark ? "#5b6576" : "#9aa3b2"

    readonly property int fontSize: scaled(13)
    readonly property int smallFontSize: scaled(11)
    readonly property int titleFontSize: scaled(20)
    readonly property int headingFontSize: scaled(16)
    /** Rows hold one line of fontSize text and grow with it. */
    readonly property int rowHeight: 34 + Math.round((fontSize - 13) * 1.6)
    readonly property int spacing: 8
    readonly property int radius: 6
    readonly property string monoFont: "DejaVu Sans Mono"
    readonly property string uiFont: Qt.application.font.family

    /** @p height (of a bar, row or button holding @p lines lines of text,
     *  at 100 %) grown by what larger text needs. */
    function grow(height: int, lines: real): int {
        // One argument: one line (undefined, or NaN where the type is enforced).
        const n = lines === undefined || isNaN(lines) ? 1 : lines
        return height + Math.round((fontSize - 13) * 1.6 * n)
    }

    /** @p size (a font size in pixels at 100 %) at the chosen font scale. */
    function scaled(size: real): int {
        return Math.round(size * fontScale)
    }

    // One table for views and exports: KindPalette (C++).
    function kindColor(kind: string): color {
        return KindPalette.color(kind)
    }

    /** The kind's colour dark or light enough for text on its chip's tint,
     *  on any row: computed against the selected row's colour, the one
     *  closest to the text's in both themes. */
    function kindTextColor(kind: string): color {
        return KindPalette.textColor(kind, selection)
    }

    function lifecycleColor(lifecycle: string): color {
        switch (lifecycle.toLowerCase()) {
        case "production": return success
        case "experimental": return dark ? "#fbbf24" : "#a34b06"
        case "deprecated": return dark ? "#f87171" : "#b91c1c"
        default: return textSecondary
        }
    }

    /** One colour per KPI band rank, the same on cards, charts and tables:
     *  3 on target / elite, 2 good / high, 1 average / medium, 0 poor / low,
     *  -1 no data. Text on bandWash(rank) and 3:1 against the surface. */
    function bandColor(rank: int): color {
        switch (rank) {
        case 3: return dark ? "#4ade80" : "#14733a"
        case 2: return dark ? "#a3e635" : "#44700c"
        case 1: return dark ? "#fbbf24" : "#a34b06"
        case 0: return dark ? "#f87171" : "#c2261f"
        default: return textMuted
        }
    }

    /** The band's colour as a wash, for the bands behind a chart and chips. */
    function bandWash(rank: int): color {
        return tint(bandColor(rank), dark ? 0.16 : 0.12)
    }

    function tint(c: color, alpha: real): color {
        // Qt.lighter(c, 1): a colour also when @p c arrives as a "#rrggbb"
        // string (a typed function's result, called from JS, in Qt 6.4).
        const k = Qt.lighter(c, 1.0)
        return Qt.rgba(k.r, k.g, k.b, alpha)
    }
}
