// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Docs section: the documentation home (every entity's docs), or one
// site full-width: navigation on the left, the page in the middle, its
// table of contents on the right.
FocusScope {
    id: section
    required property AppController controller
    /** The site shown, or "" for the home. */
    property string siteRef: ""
    readonly property alias docs: docsController

    /** Opens @p ref's docs at @p pagePath (default: its home page) and @p anchor. */
    function showDocs(ref: string, pagePath: string, anchor: string) {
        siteRef = ref
        docsController.open(ref, pagePath, anchor)
    }
    function showHome() {
        siteRef = ""
        home.focusSearch()
    }

    DocsController {
        id: docsController
        objectName: "docsController"
        controller: section.controller
        dark: Theme.dark
    }

    Shortcut {
        sequences: [StandardKey.Find]
        enabled: section.visible
        onActivated: section.siteRef === "" ? home.focusSearch() : site.focusSearch()
    }
    Shortcut {
        sequence: "Alt+Left"
        enabled: section.visible && section.siteRef !== ""
        onActivated: docsController.canGoBack ? docsController.back() : section.showHome()
    }
    Shortcut {
        sequence: "Alt+Right"
        enabled: section.visible && section.siteRef !== "" && docsController.canGoForward
        onActivated: docsController.forward()
    }

    DocsHome {
        id: home
        anchors.fill: parent
        visible: section.siteRef === ""
        controller: section.controller
        onOpenRequested: (ref, pagePath, anchor) => section.showDocs(ref, pagePath, anchor)
    }

    DocsSite {
        id: site
        anchors.fill: parent
        visible: section.siteRef !== ""
        controller: section.controller
        docs: docsController
        onHomeRequested: section.showHome()
    }
}
