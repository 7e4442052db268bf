// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The Docs section and the palette's docs hits, on the demo catalog (whose
// import stores the docs of order-service and others).
Item {
    id: root
    width: 1360
    height: 840

    Component {
        id: sectionComponent
        DocsSection {
            width: root.width
            height: root.height
            controller: TestApp
        }
    }
    Component {
        id: paletteComponent
        CommandPalette {
            controller: TestApp
        }
    }

    TestCase {
        name: "DocsPage"
        when: windowShown

        property var section
        property var docs

        function init() {
            section = createTemporaryObject(sectionComponent, root)
            verify(section)
            docs = section.docs
            verify(docs)
        }

        // The first visible item named @p name under @p item (blocks of
        // other kinds hold the code box too, hidden).
        function findVisible(item, name) {
            if (item.objectName === name && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findVisible(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function blockWithLink(href) {
            for (let i = 0; i < docs.blocks.length; ++i)
                if (docs.blocks[i].kind === "html" && docs.blocks[i].html.indexOf(href) >= 0)
                    return i
            return -1
        }

        function test_homeListsSites() {
            const model = findChild(section, "docsHomeModel")
            verify(model)
            tryVerify(() => model.count >= 5)
            verify(findChild(section, "docsSite-component:default/order-service"))
        }

        function test_homeSearchFindsRunbook() {
            const field = findChild(section, "docsSearchField")
            const search = findChild(section, "docsHomeSearch")
            verify(field && search)
            field.text = "deadlock"
            tryVerify(() => !search.loading && search.count > 0)
            compare(search.get(0).ref, "component:default/order-service")
            compare(search.get(0).type, "doc")
        }

        function test_openSiteShowsHomeAndNav() {
            section.showDocs("component:default/order-service", "", "")
            compare(docs.hasDocs, true)
            compare(docs.pagePath, "index.md")
            compare(docs.error, "")
            verify(docs.blocks.length > 0)
            verify(docs.nav.length >= 6)
            compare(docs.nav[0].title, "Home")
        }

        function test_relativeLinkNavigatesAndBackForward() {
            section.showDocs("component:default/order-service", "index.md", "")
            verify(blockWithLink("atrium-doc:runbook.md") >= 0)
            verify(docs.activateLink("atrium-doc:runbook.md"))
            compare(docs.pagePath, "runbook.md")
            compare(docs.pageTitle, "Order Service Operations Runbook")
            verify(docs.canGoBack)
            docs.back()
            compare(docs.pagePath, "index.md")
            verify(docs.canGoForward)
            docs.forward()
            compare(docs.pagePath, "runbook.md")
        }

        // The first visible rich-text block whose links include @p href.
        function textWithLink(item, href) {
            if (item.objectName === "docsText" && item.visible && item.links)
                for (let i = 0; i < item.links.length; ++i)
                    if (item.links[i].href === href)
                        return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = textWithLink(item.children[i], href)
                if (found)
                    return found
            }
            return null
        }

        function test_keyboardWalksAndFollowsInTextLinks() {
            section.showDocs("component:default/order-service", "index.md", "")
            let text = null
            tryVerify(() => (text = textWithLink(section, "atrium-doc:runbook.md")) !== null)
            verify(text.activeFocusOnTab)
            text.forceActiveFocus()
            compare(text.linkIndex, 0)
            // The selected link is drawn with a background, in the text itself.
            verify(text.text.indexOf("background-color") >= 0)
            let target = -1
            for (let i = 0; i < text.links.length; ++i)
                if (text.links[i].href === "atrium-doc:runbook.md")
                    target = i
            for (let i = 0; i < target; ++i)
                keyClick(Qt.Key_Tab)
            compare(text.linkIndex, target)
            compare(text.Accessible.name, text.links[target].text)
            keyClick(Qt.Key_Backtab)
            if (target > 0)
                compare(text.linkIndex, target - 1)
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Return)
            compare(docs.pagePath, "runbook.md")
        }

        function test_tabLeavesTheBlockAfterItsLastLink() {
            section.showDocs("component:default/order-service", "index.md", "")
            let text = null
            tryVerify(() => (text = textWithLink(section, "atrium-doc:runbook.md")) !== null)
            text.forceActiveFocus()
            for (let i = 1; i < text.links.length; ++i)
                keyClick(Qt.Key_Tab)
            verify(text.activeFocus)
            keyClick(Qt.Key_Tab)
            verify(!text.activeFocus)
            compare(text.linkIndex, -1)
            verify(text.text.indexOf("background-color") < 0)
        }

        function test_anchorScrollsToItsBlock() {
            section.showDocs("component:default/order-service", "runbook.md", "")
            const flick = findChild(section, "docsPageFlick")
            verify(flick)
            waitForRendering(section)
            compare(flick.contentY, 0)
            const target = docs.blockForAnchor("error-codes")
            verify(target > 0)
            verify(docs.activateLink("atrium-doc:runbook.md#error-codes"))
            compare(docs.anchor, "error-codes")
            tryVerify(() => flick.contentY > 100)
        }

        function test_altLeftGoesBack() {
            section.showDocs("component:default/order-service", "index.md", "")
            docs.openPage("api.md", "")
            compare(docs.pagePath, "api.md")
            section.forceActiveFocus()
            keyClick(Qt.Key_Left, Qt.AltModifier)
            compare(docs.pagePath, "index.md")
            keyClick(Qt.Key_Right, Qt.AltModifier)
            compare(docs.pagePath, "api.md")
        }

        function test_externalAndUnsafeLinks() {
            section.showDocs("component:default/order-service", "index.md", "")
            const spy = createTemporaryObject(signalSpyComponent, root, { target: docs, signalName: "linkRefused" })
            verify(!docs.activateLink("javascript:alert(1)"))
            verify(!docs.activateLink("file:///etc/passwd"))
            compare(spy.count, 2)
            compare(docs.pagePath, "index.md")
        }

        function test_copyButtonCopiesCode() {
            section.showDocs("component:default/order-service", "runbook.md", "")
            waitForRendering(section)
            const spy = createTemporaryObject(signalSpyComponent, root, { target: docs, signalName: "copied" })
            const button = findVisible(section, "copyButton")
            verify(button)
            mouseClick(button)
            compare(spy.count, 1)
            compare(button.text, qsTr("Copied"))
        }

        function test_missingPageShowsErrorBox() {
            section.showDocs("component:default/order-service", "no-such-page.md", "")
            verify(docs.error !== "")
            compare(docs.blocks.length, 0)
            const box = findChild(section, "docsErrorBox")
            verify(box && box.visible)
            verify(docs.errorLocation.indexOf("no-such-page.md") >= 0)
        }

        function test_ctrlFFocusesSearch() {
            section.forceActiveFocus()
            keyClick(Qt.Key_F, Qt.ControlModifier)
            verify(findChild(section, "docsSearchField").activeFocus)
            section.showDocs("component:default/order-service", "", "")
            keyClick(Qt.Key_F, Qt.ControlModifier)
            verify(findChild(section, "docsSiteSearchField").activeFocus)
        }

        function test_paletteDocHitOpensDocs() {
            const palette = createTemporaryObject(paletteComponent, root)
            verify(palette)
            const spy = createTemporaryObject(signalSpyComponent, root, { target: palette, signalName: "docRequested" })
            palette.openWith("outbox lag")
            tryVerify(() => palette.opened)
            const list = findChild(palette.contentItem, "paletteList")
            const search = findChild(palette, "paletteSearch")
            verify(list && search)
            tryVerify(() => !search.loading && list.count > 0)
            let row = -1
            for (let i = 0; i < list.count; ++i) {
                list.currentIndex = i
                if (list.currentItem.type === "doc") {
                    row = i
                    break
                }
            }
            verify(row >= 0, "no docs hit for 'outbox lag'")
            keyClick(Qt.Key_Return)
            tryVerify(() => !palette.visible)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "component:default/order-service")
            compare(spy.signalArguments[0][1], "runbook.md")
        }
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
