// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The main window: navigation rail, the current section, the problems
// panel and the status line. The controller comes from the composition
// root (gui.cpp).
ApplicationWindow {
    id: window
    required property AppController controller
    property bool problemsOpen: false

    width: 1360
    height: 840
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: controller.demo ? qsTr("Atrium — demo organisation") : qsTr("Atrium")
    color: Theme.window
    font.pixelSize: Theme.fontSize

    palette {
        window: Theme.window
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceAlt
        text: Theme.text
        button: Theme.surface
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.accentText
        placeholderText: Theme.textMuted
        mid: Theme.border
        midlight: Theme.surfaceAlt
        dark: Theme.borderStrong
        light: Theme.surface
        toolTipBase: Theme.text
        toolTipText: Theme.surface
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            Layout.fillHeight: true
            current: "catalog"
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            CatalogPage {
                id: catalogPage
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                controller: window.controller
            }

            ProblemsPanel {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(240, window.height / 3)
                visible: window.problemsOpen
                controller: window.controller
                onCloseRequested: window.problemsOpen = false
            }

            StatusBar {
                Layout.fillWidth: true
                controller: window.controller
                problemsOpen: window.problemsOpen
                onProblemsToggled: window.problemsOpen = !window.problemsOpen
            }
        }
    }
}
