// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The documentation home: every entity's docs with owner and last update,
// and a search box that filters them and finds pages across all docs.
Rectangle {
    id: home
    required property AppController controller
    signal openRequested(string ref, string pagePath, string anchor)

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    color: Theme.window

    DocsHomeModel {
        id: sites
        objectName: "docsHomeModel"
        controller: home.controller
        filter: searchField.text
    }
    SearchModel {
        id: pageSearch
        objectName: "docsHomeSearch"
        controller: home.controller
        entities: false
        query: searchField.text
        limit: 20
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                text: qsTr("Documentation")
                color: Theme.text
                font.pixelSize: Theme.titleFontSize
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("%n site(s)", "", sites.total)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
        }

        TextField {
            id: searchField
            objectName: "docsSearchField"
            Layout.fillWidth: true
            Layout.maximumWidth: 640
            implicitHeight: Theme.grow(36)
            leftPadding: 34
            placeholderText: qsTr("Search all docs (Ctrl+F)")
            selectByMouse: true
            Accessible.name: qsTr("Search all docs")
            Image {
                source: "qrc:/icons/search.svg"
                sourceSize: Qt.size(16, 16)
                anchors.left: parent.left
                anchors.leftMargin: 11
                anchors.verticalCenter: parent.verticalCenter
            }
            Keys.onDownPressed: siteList.forceActiveFocus()
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            Column {
                width: parent.width
                spacing: 16

                // Pages whose text matches, across all docs.
                Column {
                    width: parent.width
                    spacing: 4
                    visible: searchField.text.trim() !== "" && pageSearch.count > 0
                    SectionHeader {
                        text: qsTr("Pages")
                        count: pageSearch.count
                    }
                    Repeater {
                        model: pageSearch
                        delegate: ItemDelegate {
                            id: hit
                            required property string ref
                            required property string pagePath
                            required property string anchor
                            required property string titleHtml
                            required property string snippet
                            required property string entityName
                            objectName: "docsPageHit"
                            width: parent.width
                            height: hitColumn.implicitHeight + 12
                            onClicked: home.openRequested(ref, pagePath, anchor)
                            background: Rectangle {
                                color: hit.hovered || hit.visualFocus ? Theme.hover : "transparent"
                                border.width: hit.visualFocus ? 2 : 0
                                border.color: Theme.focus
                                radius: Theme.radius
                            }
                            contentItem: Column {
                                id: hitColumn
                                spacing: 2
                                Text {
                                    width: parent.width
                                    text: hit.titleHtml + "  <font color='" + Theme.textMuted + "'>· " + hit.entityName + "</font>"
                                    textFormat: Text.StyledText
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSize
                                    elide: Text.ElideRight
                                }
                                Text {
                                    width: parent.width
                                    text: hit.snippet
                                    textFormat: Text.StyledText
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.smallFontSize
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }

                SectionHeader {
                    text: qsTr("Sites")
                    count: sites.count
                }

                Text {
                    visible: sites.total === 0
                    width: parent.width
                    text: home.controller.loading ? qsTr("Reading the catalog…")
                                                  : qsTr("No docs yet. Entities with a backstage.io/techdocs-ref annotation get their docs here when their catalog is imported or synced.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                    wrapMode: Text.Wrap
                }
                Text {
                    visible: sites.total > 0 && sites.count === 0
                    width: parent.width
                    text: qsTr("No docs match “%1”.").arg(searchField.text.trim())
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                }

                Flow {
                    id: siteList
                    objectName: "docsSiteList"
                    width: parent.width
                    spacing: 12
                    Repeater {
                        model: sites
                        delegate: ItemDelegate {
                            id: card
                            required property int index
                            required property string ref
                            required property string kind
                            required property string name
                            required property string siteName
                            required property string description
                            required property string owner
                            required property string updated
                            required property int pages
                            required property int problems
                            objectName: "docsSite-" + ref
                            width: Math.max(260, Math.min(360, (siteList.width - 24) / 3))
                            height: 128
                            padding: 14
                            onClicked: home.openRequested(ref, "", "")
                            Keys.onReturnPressed: home.openRequested(ref, "", "")
                            Accessible.name: name
                            background: Rectangle {
                                color: card.hovered ? Theme.hover : Theme.surface
                                border.color: card.visualFocus ? Theme.focus : Theme.border
                                border.width: card.visualFocus ? 2 : 1
                                radius: Theme.radius + 2
                            }
                            contentItem: ColumnLayout {
                                spacing: 4
                                RowLayout {
                                    spacing: 8
                                    KindChip { kind: card.kind; compact: true }
                                    Text {
                                        Layout.fillWidth: true
                                        text: card.name
                                        color: Theme.text
                                        font.pixelSize: Theme.headingFontSize - 1
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                    }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: card.siteName !== "" ? card.siteName : card.ref
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontSize
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    Layout.fillHeight: true
                                    text: card.description
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.smallFontSize
                                    wrapMode: Text.Wrap
                                    elide: Text.ElideRight
                                    maximumLineCount: 2
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: {
                                        const parts = []
                                        if (card.owner !== "")
                                            parts.push(qsTr("Owner: %1").arg(card.owner))
                                        parts.push(qsTr("%n page(s)", "", card.pages))
                                        if (card.updated !== "")
                                            parts.push(qsTr("updated %1").arg(card.updated))
                                        return parts.join("  ·  ")
                                    }
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.smallFontSize
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
