// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The open page of a DocsController: its blocks one under the other, or an
// error box that says what failed and where. Does not scroll by itself:
// `flickable` is the Flickable it sits in, scrolled to an anchor's block
// when the controller asks.
Column {
    id: pageRoot
    required property DocsController docs
    property Flickable flickable: null
    /** Space above the page inside the flickable (for scrolling to blocks). */
    property real topMargin: 0

    spacing: 12

    // The block to show, kept until the layout can reach it (text lays out
    // after the page's blocks are created, and a hidden page not at all).
    property int pendingBlock: -1
    property int scrollTries: 0

    function scrollToBlock(index: int) {
        pendingBlock = index
        scrollTries = 20
        applyScroll()
    }

    function applyScroll() {
        if (!flickable)
            return
        if (pendingBlock < 0) {
            flickable.contentY = 0
            return
        }
        const item = blocks.itemAt(pendingBlock)
        const y = item ? item.mapToItem(flickable.contentItem, 0, 0).y - 8 : -1
        const reachable = Math.max(0, flickable.contentHeight - flickable.height)
        if (item && y <= reachable + 1) {
            flickable.contentY = Math.max(0, y)
            scrollTries = 0 // reached: the user scrolls from here
            return
        }
        if (item)
            flickable.contentY = reachable
        if (--scrollTries > 0)
            scrollRetry.restart()
    }

    // The layout is done when the content's height settles.
    Connections {
        target: pageRoot.flickable
        function onContentHeightChanged() {
            if (pageRoot.scrollTries > 0)
                pageRoot.applyScroll()
        }
    }

    Timer {
        id: scrollRetry
        interval: 30
        onTriggered: pageRoot.applyScroll()
    }

    Connections {
        target: pageRoot.docs
        function onScrollRequested(blockIndex) {
            // After the new blocks are laid out.
            Qt.callLater(pageRoot.scrollToBlock, blockIndex)
        }
    }

    // The page failed: say so, and where, rather than show nothing.
    Rectangle {
        objectName: "docsErrorBox"
        visible: pageRoot.docs.error !== ""
        width: parent.width
        height: visible ? errorColumn.implicitHeight + 24 : 0
        color: Theme.errorSoft
        border.color: Theme.tint(Theme.error, 0.4)
        radius: Theme.radius
        Column {
            id: errorColumn
            x: 14
            y: 12
            width: parent.width - 28
            spacing: 4
            Row {
                spacing: 8
                Image {
                    source: "qrc:/icons/error.svg"
                    sourceSize: Qt.size(16, 16)
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: qsTr("This page cannot be shown")
                    color: Theme.error
                    font.pixelSize: Theme.fontSize + 1
                    font.weight: Font.DemiBold
                }
            }
            Text {
                width: parent.width
                text: pageRoot.docs.error
                color: Theme.text
                font.pixelSize: Theme.fontSize
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                visible: pageRoot.docs.errorLocation !== ""
                text: pageRoot.docs.errorLocation
                color: Theme.textSecondary
                font.family: Theme.monoFont
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WrapAnywhere
            }
        }
    }

    Repeater {
        id: blocks
        model: pageRoot.docs.blocks
        delegate: DocsBlock {
            required property var modelData
            width: pageRoot.width
            block: modelData
            docs: pageRoot.docs
        }
    }

    // Broken links and the like, found while rendering.
    Column {
        visible: pageRoot.docs.pageProblems.length > 0
        width: parent.width
        spacing: 4
        topPadding: 8
        Text {
            text: qsTr("Problems on this page")
            color: Theme.warning
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
        }
        Repeater {
            model: pageRoot.docs.pageProblems
            delegate: Text {
                required property var modelData
                width: pageRoot.width
                text: modelData.message + (modelData.location !== "" ? "  —  " + modelData.location : "")
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
            }
        }
    }
}
