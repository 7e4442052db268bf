// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// One docs site full-width: a toolbar (back, forward, all docs, search in
// this site), the navigation on the left, the page in the middle and its
// table of contents on the right.
Rectangle {
    id: site
    required property AppController controller
    required property DocsController docs
    signal homeRequested()

    function focusSearch() {
        siteSearch.forceActiveFocus()
        siteSearch.selectAll()
    }

    color: Theme.surface

    SearchModel {
        id: inSite
        objectName: "docsSiteSearch"
        controller: site.controller
        entities: false
        entityRef: site.docs.entityRef
        query: siteSearch.text
        limit: 12
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Toolbar
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.grow(52, 1.3)
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 6
                ToolButton {
                    objectName: "docsBackButton"
                    icon.source: "qrc:/icons/back.svg"
                    icon.width: 16
                    icon.height: 16
                    enabled: site.docs.canGoBack
                    onClicked: site.docs.back()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Back (Alt+Left)")
                    Accessible.name: qsTr("Back")
                }
                ToolButton {
                    objectName: "docsForwardButton"
                    icon.source: "qrc:/icons/forward.svg"
                    icon.width: 16
                    icon.height: 16
                    enabled: site.docs.canGoForward
                    onClicked: site.docs.forward()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Forward (Alt+Right)")
                    Accessible.name: qsTr("Forward")
                }
                ToolButton {
                    objectName: "docsHomeButton"
                    text: qsTr("All docs")
                    onClicked: site.homeRequested()
                }
                Text {
                    text: "/"
                    color: Theme.textMuted
                }
                Text {
                    Layout.fillWidth: true
                    text: site.docs.siteName !== "" ? site.docs.siteName : site.docs.entityRef
                    color: Theme.text
                    font.pixelSize: Theme.headingFontSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: qsTr("Entity")
                    font.pixelSize: Theme.smallFontSize
                    visible: site.controller.hasEntity(site.docs.entityRef)
                    onClicked: site.controller.navigateTo(site.docs.entityRef)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show %1 in the catalog").arg(site.docs.entityRef)
                }
                TextField {
                    id: siteSearch
                    objectName: "docsSiteSearchField"
                    Layout.preferredWidth: 260
                    implicitHeight: Theme.grow(32)
                    leftPadding: 30
                    placeholderText: qsTr("Search these docs (Ctrl+F)")
                    selectByMouse: true
                    Accessible.name: qsTr("Search these docs")
                    Image {
                        source: "qrc:/icons/search.svg"
                        sourceSize: Qt.size(14, 14)
                        anchors.left: parent.left
                        anchors.leftMargin: 10
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Keys.onEscapePressed: text = ""
                    Keys.onReturnPressed: {
                        if (inSite.count > 0) {
                            const hit = inSite.get(0)
                            site.docs.openPage(hit.pagePath, hit.anchor)
                            text = ""
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Navigation
            Rectangle {
                Layout.preferredWidth: 240
                Layout.fillHeight: true
                color: Theme.surfaceAlt
                ListView {
                    id: navList
                    objectName: "docsNav"
                    anchors.fill: parent
                    anchors.topMargin: 10
                    clip: true
                    model: site.docs.nav
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    currentIndex: {
                        for (let i = 0; i < site.docs.nav.length; ++i)
                            if (site.docs.nav[i].kind === "page" && site.docs.nav[i].pagePath === site.docs.pagePath)
                                return i
                        return -1
                    }
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: navItem
                        required property int index
                        required property var modelData
                        readonly property bool current: modelData.kind === "page" && modelData.pagePath === site.docs.pagePath
                        width: ListView.view.width
                        height: Theme.grow(30)
                        leftPadding: 14 + modelData.depth * 14
                        enabled: modelData.kind !== "section" && !modelData.missing
                        onClicked: modelData.kind === "link" ? site.controller.openLink(modelData.url)
                                                            : site.docs.openPage(modelData.pagePath, "")
                        Keys.onReturnPressed: clicked()
                        Accessible.name: modelData.title
                        background: Rectangle {
                            color: navItem.current ? Theme.selection : navItem.hovered ? Theme.hover : "transparent"
                            Rectangle {
                                visible: navItem.current
                                width: 3
                                height: parent.height
                                color: Theme.accent
                            }
                        }
                        contentItem: Text {
                            text: navItem.modelData.title + (navItem.modelData.kind === "link" ? " ↗" : "")
                            color: navItem.modelData.missing ? Theme.error
                                 : navItem.modelData.kind === "section" ? Theme.textMuted
                                 : navItem.current ? Theme.accent : Theme.text
                            font.pixelSize: navItem.modelData.kind === "section" ? Theme.smallFontSize : Theme.fontSize
                            font.weight: navItem.current || navItem.modelData.kind === "section" ? Font.DemiBold : Font.Normal
                            font.capitalization: navItem.modelData.kind === "section" ? Font.AllUppercase : Font.MixedCase
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
                Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
            }

            // The page
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                Flickable {
                    id: pageFlick
                    objectName: "docsPageFlick"
                    anchors.fill: parent
                    clip: true
                    contentWidth: width
                    contentHeight: pageColumn.height + 60
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onUpPressed: contentY = Math.max(0, contentY - 40)
                    Keys.onDownPressed: contentY = Math.min(Math.max(0, contentHeight - height), contentY + 40)

                    Column {
                        id: pageColumn
                        x: Math.max(28, (pageFlick.width - width) / 2)
                        y: 24
                        width: Math.min(860, pageFlick.width - 56)
                        spacing: 14
                        Text {
                            visible: site.docs.pageTitle !== "" && site.docs.error === ""
                            width: parent.width
                            text: site.docs.pagePath
                            color: Theme.textMuted
                            font.family: Theme.monoFont
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideMiddle
                        }
                        DocsPageView {
                            objectName: "docsPageView"
                            width: parent.width
                            docs: site.docs
                            flickable: pageFlick
                        }
                    }
                }

                // Results of the search in this site, over the page.
                Rectangle {
                    objectName: "docsSiteResults"
                    visible: siteSearch.activeFocus && siteSearch.text.trim() !== ""
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 8
                    width: Math.min(420, parent.width - 16)
                    height: Math.min(resultsColumn.implicitHeight + 16, parent.height - 16)
                    color: Theme.surface
                    border.color: Theme.borderStrong
                    radius: Theme.radius
                    clip: true
                    Column {
                        id: resultsColumn
                        x: 8
                        y: 8
                        width: parent.width - 16
                        spacing: 2
                        Text {
                            visible: inSite.count === 0
                            text: inSite.loading ? qsTr("Searching…") : qsTr("No page matches.")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSize
                        }
                        Repeater {
                            model: inSite
                            delegate: ItemDelegate {
                                id: r
                                required property string pagePath
                                required property string anchor
                                required property string titleHtml
                                required property string snippet
                                width: resultsColumn.width
                                height: rc.implicitHeight + 10
                                onClicked: {
                                    site.docs.openPage(pagePath, anchor)
                                    siteSearch.text = ""
                                }
                                contentItem: Column {
                                    id: rc
                                    spacing: 2
                                    Text { width: parent.width; text: r.titleHtml; textFormat: Text.StyledText; color: Theme.text; font.pixelSize: Theme.fontSize; elide: Text.ElideRight }
                                    Text { width: parent.width; text: r.snippet; textFormat: Text.StyledText; color: Theme.textSecondary; font.pixelSize: Theme.smallFontSize; elide: Text.ElideRight }
                                }
                            }
                        }
                    }
                }
            }

            // Table of contents
            Rectangle {
                Layout.preferredWidth: 220
                Layout.fillHeight: true
                visible: site.width > 1000
                color: Theme.surface
                Rectangle { width: 1; height: parent.height; color: Theme.border }
                Column {
                    x: 16
                    y: 20
                    width: parent.width - 28
                    spacing: 4
                    Text {
                        visible: site.docs.toc.length > 0
                        text: qsTr("On this page")
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize
                        font.weight: Font.DemiBold
                        font.capitalization: Font.AllUppercase
                    }
                    Repeater {
                        objectName: "docsToc"
                        model: site.docs.toc
                        delegate: ItemDelegate {
                            id: tocItem
                            required property var modelData
                            objectName: "toc-" + modelData.anchor
                            visible: modelData.level > 1 && modelData.level <= 3
                            width: parent.width
                            height: visible ? 24 : 0
                            padding: 0
                            leftPadding: (modelData.level - 2) * 12
                            onClicked: site.docs.openPage("", modelData.anchor)
                            Keys.onReturnPressed: clicked()
                            Accessible.name: modelData.text
                            background: Item {}
                            contentItem: Text {
                                text: tocItem.modelData.text
                                color: site.docs.anchor === tocItem.modelData.anchor ? Theme.accent
                                     : tocItem.hovered || tocItem.visualFocus ? Theme.text : Theme.textSecondary
                                font.pixelSize: Theme.smallFontSize + 1
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                }
            }
        }
    }
}
