// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Docs tab of the entity panel: the entity's TechDocs, one page at a
// time, with a page picker and a way to the full-width Docs section. Sits
// in the panel's own Flickable (`flickable`), which it scrolls to anchors.
Column {
    id: viewRoot
    required property AppController controller
    property string entityRef: ""
    property Flickable flickable: null
    /** The DocsController, for tests. */
    readonly property alias docs: docsController

    spacing: 10

    DocsController {
        id: docsController
        objectName: "panelDocsController"
        controller: viewRoot.controller
        dark: Theme.dark
        // Also while hidden: the panel asks hasDocs to offer the tab (a
        // page renders in well under a millisecond).
        entityRef: viewRoot.entityRef
    }

    // Pages of the site, in navigation order.
    readonly property var pages: {
        const list = []
        for (const item of docsController.nav)
            if (item.kind === "page" && !item.missing)
                list.push(item)
        return list
    }
    readonly property int pageIndex: {
        for (let i = 0; i < pages.length; ++i)
            if (pages[i].pagePath === docsController.pagePath)
                return i
        return -1
    }

    RowLayout {
        width: parent.width
        spacing: 8
        visible: docsController.hasDocs

        ToolButton {
            objectName: "docsBack"
            enabled: docsController.canGoBack
            icon.source: "qrc:/icons/back.svg"
            icon.width: 14
            icon.height: 14
            onClicked: docsController.back()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back (Alt+Left)")
            Accessible.name: qsTr("Back")
        }
        ComboBox {
            id: pagePicker
            objectName: "docsPagePicker"
            Layout.fillWidth: true
            model: viewRoot.pages
            textRole: "title"
            currentIndex: viewRoot.pageIndex
            onActivated: (index) => docsController.openPage(viewRoot.pages[index].pagePath)
            Accessible.name: qsTr("Page")
        }
        ToolButton {
            objectName: "docsOpenFull"
            text: qsTr("Open in Docs")
            font.pixelSize: Theme.smallFontSize
            onClicked: {
                const w = viewRoot.Window.window
                if (w && typeof w.showDocs === "function")
                    w.showDocs(viewRoot.entityRef, docsController.pagePath, "")
            }
        }
    }

    Text {
        visible: docsController.hasDocs && docsController.updated !== ""
        width: parent.width
        text: qsTr("%1 · updated %2").arg(docsController.siteName).arg(docsController.updated)
        color: Theme.textMuted
        font.pixelSize: Theme.smallFontSize
        elide: Text.ElideRight
    }

    DocsPageView {
        width: parent.width
        docs: docsController
        flickable: viewRoot.flickable
    }

}
