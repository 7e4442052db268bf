// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// One block of a rendered TechDocs page (DocsController.blocks): rich text,
// a code box with a Copy button, or an admonition (its body is blocks
// again, loaded through this same file).
Item {
    id: blockRoot
    required property var block
    required property DocsController docs
    readonly property string kind: block ? block.kind : ""
    /** Lists and quotes the block sits in: Qt's rich text indents 40 px a level. */
    readonly property int indentX: block && kind !== "html" ? block.indent * 40 : 0

    implicitHeight: kind === "html" ? htmlText.implicitHeight
                  : kind === "code" ? codeBox.height
                  : kind === "admonition" ? admonition.height : 0

    function admonitionColor(type: string): color {
        switch (type) {
        case "tip": case "hint": case "important": case "success": case "check": case "done":
            return Theme.success
        case "warning": case "caution": case "attention": case "question": case "help": case "faq":
            return Theme.warning
        case "danger": case "error": case "failure": case "fail": case "missing": case "bug":
            return Theme.error
        case "example": case "quote": case "cite":
            return Theme.violet
        default:
            return Theme.accent
        }
    }

    Text {
        id: htmlText
        objectName: "docsText"
        visible: blockRoot.kind === "html"
        width: parent.width
        // Keyboard: Tab reaches a block with links and walks them, Shift+Tab
        // walks back; Enter or Space follows the selected one. Past the
        // last (or first) link, focus moves on as usual.
        readonly property var links: visible && blockRoot.block.links ? blockRoot.block.links : []
        property int linkIndex: -1
        activeFocusOnTab: links.length > 0
        // linkColor applies to StyledText only: rich text takes the
        // theme's link colour from a style sheet.
        text: !visible ? ""
              : "<style>a { color: " + Theme.link + "; }</style>"
                + (activeFocus && linkIndex >= 0 ? blockRoot.docs.markLink(blockRoot.block.html, linkIndex, Theme.selection)
                                                 : blockRoot.block.html)
        textFormat: Text.RichText
        wrapMode: Text.Wrap
        color: Theme.text
        linkColor: Theme.link
        font.pixelSize: Theme.fontSize + 1
        lineHeight: 1.15
        Accessible.role: Accessible.Link
        Accessible.name: linkIndex >= 0 && linkIndex < links.length ? links[linkIndex].text : ""
        onLinkActivated: (link) => blockRoot.docs.activateLink(link)
        onActiveFocusChanged: {
            if (activeFocus && linkIndex < 0)
                linkIndex = 0
            else if (!activeFocus)
                linkIndex = -1
        }
        Keys.onTabPressed: (event) => {
            if (linkIndex < links.length - 1) {
                linkIndex++
                event.accepted = true
            } else {
                event.accepted = false
            }
        }
        Keys.onBacktabPressed: (event) => {
            if (linkIndex > 0) {
                linkIndex--
                event.accepted = true
            } else {
                event.accepted = false
            }
        }
        Keys.onReturnPressed: activateSelected()
        Keys.onEnterPressed: activateSelected()
        Keys.onSpacePressed: activateSelected()
        function activateSelected() {
            if (linkIndex >= 0 && linkIndex < links.length)
                blockRoot.docs.activateLink(links[linkIndex].href)
        }
        HoverHandler {
            cursorShape: htmlText.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            color: "transparent"
            border.color: Theme.selectionBorder
            border.width: htmlText.activeFocus ? 2 : 0
            radius: Theme.radius
        }
    }

    Rectangle {
        id: codeBox
        objectName: "codeBlock"
        visible: blockRoot.kind === "code"
        x: blockRoot.indentX
        width: parent.width - x
        height: visible ? codeColumn.implicitHeight + 2 : 0
        color: Theme.codeBackground
        border.color: Theme.border
        radius: Theme.radius
        // <pre> lines do not wrap: a long one is cut at the box, not drawn over the page.
        clip: true

        Column {
            id: codeColumn
            x: 1
            y: 1
            width: parent.width - 2
            Rectangle {
                width: parent.width
                height: Theme.grow(30)
                color: "transparent"
                Text {
                    anchors.left: parent.left
                    anchors.leftMargin: 12
                    anchors.right: copyButton.left
                    anchors.verticalCenter: parent.verticalCenter
                    text: blockRoot.kind === "code" ? (blockRoot.block.title !== "" ? blockRoot.block.title : blockRoot.block.language) : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallFontSize
                    font.family: Theme.monoFont
                    elide: Text.ElideRight
                }
                ToolButton {
                    id: copyButton
                    objectName: "copyButton"
                    property bool done: false
                    anchors.right: parent.right
                    anchors.rightMargin: 4
                    anchors.verticalCenter: parent.verticalCenter
                    height: Theme.grow(26)
                    text: done ? qsTr("Copied") : qsTr("Copy")
                    icon.source: "qrc:/icons/copy.svg"
                    icon.width: 14
                    icon.height: 14
                    font.pixelSize: Theme.smallFontSize
                    display: AbstractButton.TextBesideIcon
                    activeFocusOnTab: true
                    Accessible.name: qsTr("Copy code")
                    onClicked: {
                        blockRoot.docs.copyText(blockRoot.block.code)
                        done = true
                        copiedTimer.restart()
                    }
                    Timer {
                        id: copiedTimer
                        interval: 1500
                        onTriggered: copyButton.done = false
                    }
                }
            }
            Text {
                width: parent.width
                leftPadding: 12
                rightPadding: 12
                bottomPadding: 8
                text: blockRoot.kind === "code" ? blockRoot.block.html : ""
                textFormat: Text.RichText
                wrapMode: Text.WrapAnywhere
                color: Theme.text
                font.family: Theme.monoFont
                font.pixelSize: Theme.fontSize - 1
            }
        }
    }

    Rectangle {
        id: admonition
        objectName: "admonition"
        property bool expanded: blockRoot.kind === "admonition" ? blockRoot.block.open : true
        readonly property color tone: blockRoot.kind === "admonition" ? blockRoot.admonitionColor(blockRoot.block.admonitionType) : Theme.accent
        visible: blockRoot.kind === "admonition"
        x: blockRoot.indentX
        width: parent.width - x
        height: visible ? admonitionColumn.implicitHeight : 0
        color: Theme.tint(tone, 0.06)
        radius: Theme.radius
        border.color: Theme.tint(tone, 0.35)
        clip: true

        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: admonition.tone
        }

        Column {
            id: admonitionColumn
            x: 14
            width: parent.width - 26
            spacing: 6
            topPadding: 8
            bottomPadding: 10

            ItemDelegate {
                id: admonitionTitle
                objectName: "admonitionTitle"
                visible: blockRoot.kind === "admonition" && (blockRoot.block.title !== "" || blockRoot.block.collapsible)
                width: parent.width
                height: Theme.grow(24)
                padding: 0
                enabled: blockRoot.kind === "admonition" && blockRoot.block.collapsible
                activeFocusOnTab: enabled
                onClicked: admonition.expanded = !admonition.expanded
                Accessible.name: text
                text: blockRoot.kind === "admonition"
                      ? (blockRoot.block.title !== "" ? blockRoot.block.title
                                                      : blockRoot.block.admonitionType.charAt(0).toUpperCase() + blockRoot.block.admonitionType.slice(1))
                      : ""
                background: Item {}
                contentItem: Text {
                    text: (admonitionTitle.enabled ? (admonition.expanded ? "▾ " : "▸ ") : "") + admonitionTitle.text
                    color: admonition.tone
                    font.pixelSize: Theme.fontSize + 1
                    font.weight: Font.DemiBold
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
            }
            Repeater {
                model: blockRoot.kind === "admonition" && admonition.expanded ? blockRoot.block.children : []
                delegate: Loader {
                    required property var modelData
                    width: admonitionColumn.width
                    Component.onCompleted: setSource("DocsBlock.qml", { block: modelData, docs: blockRoot.docs })
                }
            }
        }
    }
}
