// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The Catalog page's keyboard and mouse behaviour on the demo catalog.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        CatalogPage {
            width: root.width
            height: root.height
            controller: TestApp
        }
    }

    TestCase {
        name: "CatalogPage"
        when: windowShown

        property var page
        property var search
        property var list
        property var filter

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        function init() {
            TestApp.clearSelection()
            page = createTemporaryObject(pageComponent, root)
            verify(page)
            search = findChild(page, "searchField")
            list = findChild(page, "entityList")
            filter = findChild(page, "catalogFilter")
            verify(search && list && filter)
            list.forceActiveFocus()
            waitForRendering(page)
        }

        function test_ctrlFFocusesSearch() {
            verify(!search.activeFocus)
            keyClick(Qt.Key_F, Qt.ControlModifier)
            verify(search.activeFocus)
        }

        function test_searchAsYouTypeAndEscapeClears() {
            const all = list.count
            verify(all > 40)
            keyClick(Qt.Key_F, Qt.ControlModifier)
            typeText("order")
            compare(search.text, "order")
            tryVerify(() => list.count > 0 && list.count < all)
            compare(filter.count, list.count)
            keyClick(Qt.Key_Escape)
            compare(search.text, "")
            compare(list.count, all)
        }

        function test_arrowsMoveAndEnterOpens() {
            keyClick(Qt.Key_F, Qt.ControlModifier)
            keyClick(Qt.Key_Down)
            verify(list.activeFocus)
            compare(list.currentIndex, 0)
            compare(TestApp.selectedRef, "")
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 2)
            keyClick(Qt.Key_Return)
            compare(TestApp.selectedRef, filter.refAt(2))
            // With the panel open, the selection follows the arrows.
            keyClick(Qt.Key_Up)
            compare(TestApp.selectedRef, filter.refAt(1))
            // Esc with an empty search closes the panel.
            keyClick(Qt.Key_Escape)
            compare(TestApp.selectedRef, "")
        }

        function test_escapeInListClearsSearchFirst() {
            keyClick(Qt.Key_F, Qt.ControlModifier)
            typeText("api")
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            verify(TestApp.selectedRef !== "")
            keyClick(Qt.Key_Escape)
            compare(search.text, "")
            verify(TestApp.selectedRef !== "")
            keyClick(Qt.Key_Escape)
            compare(TestApp.selectedRef, "")
        }

        function test_filteringKeepsTheOpenEntity() {
            TestApp.selectedRef = "component:default/order-service"
            list.forceActiveFocus()
            keyClick(Qt.Key_F, Qt.ControlModifier)
            typeText("shipping")
            tryVerify(() => list.count > 0)
            compare(filter.rowOfRef("component:default/order-service"), -1)
            compare(TestApp.selectedRef, "component:default/order-service")
            keyClick(Qt.Key_Escape)
            tryCompare(list, "currentIndex", filter.rowOfRef("component:default/order-service"))
        }

        function test_pageKeys() {
            list.forceActiveFocus()
            keyClick(Qt.Key_End)
            compare(list.currentIndex, list.count - 1)
            keyClick(Qt.Key_Home)
            compare(list.currentIndex, 0)
            keyClick(Qt.Key_PageDown)
            verify(list.currentIndex > 1)
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_PageUp)
            compare(list.currentIndex, 0)
            compare(TestApp.selectedRef, "")
        }

        function test_clickRowOpensDetails() {
            const row = 3
            mouseClick(list.itemAtIndex(row))
            compare(TestApp.selectedRef, filter.refAt(row))
            compare(list.currentIndex, row)
            const panel = findChild(page, "entityPanel")
            tryVerify(() => panel.visible)
        }

        function test_headerClickSorts() {
            compare(filter.sortColumn, CatalogFilterModel.KindColumn)
            const nameHeader = findChild(page, "header-1")
            verify(nameHeader)
            mouseClick(nameHeader)
            compare(filter.sortColumn, CatalogFilterModel.NameColumn)
            compare(filter.sortOrder, Qt.AscendingOrder)
            mouseClick(nameHeader)
            compare(filter.sortOrder, Qt.DescendingOrder)
        }

        function test_kindFilter() {
            const box = findChild(page, "kindFilter")
            verify(box)
            const apiRow = filter.kinds.indexOfKind("api")
            verify(apiRow > 0)
            box.currentIndex = apiRow
            box.activated(apiRow)
            compare(filter.kind, "api")
            tryVerify(() => list.count > 0 && list.count < TestApp.catalog.count)
            const apis = list.count
            compare(box.displayText, "API (" + apis + ")")
            // The count in the closed box follows the search.
            keyClick(Qt.Key_F, Qt.ControlModifier)
            typeText("order")
            tryVerify(() => list.count < apis)
            compare(box.displayText, "API (" + list.count + ")")
        }

        function test_relationNavigatesAndBack() {
            TestApp.selectedRef = "component:default/order-service"
            const panel = findChild(page, "entityPanel")
            tryVerify(() => panel.visible)
            waitForRendering(panel)
            const target = findChild(panel, "relation-group:default/team-commerce")
            verify(target)
            mouseClick(target)
            compare(TestApp.selectedRef, "group:default/team-commerce")
            verify(TestApp.canGoBack)
            // The table follows the selection.
            tryCompare(list, "currentIndex", filter.rowOfRef("group:default/team-commerce"))
            TestApp.back()
            compare(TestApp.selectedRef, "component:default/order-service")
        }
    }
}
