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

        function test_mineAsksWhoYouAreThenFilters() {
            TestApp.me = ""
            filter.mineOnly = false
            const mine = findChild(page, "mineToggle")
            const popup = findChild(page, "identityPopup")
            verify(mine && popup)
            mouseClick(mine)
            // Not known yet: asks first, filters nothing.
            tryVerify(() => popup.opened)
            verify(!filter.mineOnly)
            typeText("jiwoo")
            keyClick(Qt.Key_Return)
            tryVerify(() => !popup.visible)
            compare(TestApp.me, "user:default/jiwoo.lee")
            verify(TestApp.myOwners.indexOf("group:default/team-payments") >= 0)
            verify(filter.mineOnly)
            tryVerify(() => list.count > 0)
            for (let i = 0; i < filter.count; ++i) {
                const ref = filter.refAt(i)
                const owner = TestApp.catalog.data(TestApp.catalog.index(TestApp.catalog.rowOf(ref), 0), CatalogModel.OwnerRefRole)
                verify(TestApp.myOwners.indexOf(owner) >= 0 || TestApp.myOwners.indexOf(ref) >= 0, ref)
            }
            verify(filter.rowOfRef("component:default/payment-service") >= 0)
            verify(filter.rowOfRef("component:default/order-service") < 0)
            // Toggling off shows everything again.
            mouseClick(mine)
            verify(!filter.mineOnly)
            TestApp.me = ""
        }

        function test_relationNavigatesAndBack() {
            TestApp.selectedRef = "component:default/order-service"
            const panel = findChild(page, "entityPanel")
            tryVerify(() => panel.visible)
            waitForRendering(panel)
            // Relations are on their own tab.
            const tab = findChild(panel, "tab-relations")
            verify(tab)
            mouseClick(tab)
            compare(panel.tab, "relations")
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

        function test_ctrlKOpensPaletteAndEnterNavigates() {
            const palette = findChild(page, "commandPalette")
            verify(palette)
            verify(!palette.opened)
            keyClick(Qt.Key_K, Qt.ControlModifier)
            tryVerify(() => palette.opened)
            const field = findChild(palette.contentItem, "paletteField")
            const results = findChild(palette.contentItem, "paletteList")
            verify(field && results)
            tryVerify(() => field.activeFocus)
            typeText("order-service")
            compare(field.text, "order-service")
            tryVerify(() => results.count > 0)
            compare(results.currentIndex, 0)
            // The exact name comes first.
            keyClick(Qt.Key_Return)
            tryVerify(() => !palette.visible)
            compare(TestApp.selectedRef, "component:default/order-service")
        }

        function test_paletteArrowsAndEscape() {
            const palette = findChild(page, "commandPalette")
            page.openPalette("")
            tryVerify(() => palette.opened)
            const field = findChild(palette.contentItem, "paletteField")
            const results = findChild(palette.contentItem, "paletteList")
            tryVerify(() => field.activeFocus)
            typeText("svc")
            tryVerify(() => results.count > 1)
            keyClick(Qt.Key_Down)
            compare(results.currentIndex, 1)
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(results.currentIndex, 0)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !palette.visible)
            compare(TestApp.selectedRef, "")
        }

        function test_paletteClickOpens() {
            const palette = findChild(page, "commandPalette")
            page.openPalette("payment")
            tryVerify(() => palette.opened)
            const results = findChild(palette.contentItem, "paletteList")
            tryVerify(() => results.count > 1)
            waitForRendering(results)
            const second = results.itemAtIndex(1)
            verify(second)
            const ref = second.ref
            mouseClick(second)
            tryVerify(() => !palette.visible)
            compare(TestApp.selectedRef, ref)
        }

        function test_starAndStarredFilter() {
            const ref = "component:default/order-service"
            TestApp.setStarred(ref, false)
            TestApp.selectedRef = ref
            const panel = findChild(page, "entityPanel")
            tryVerify(() => panel.visible)
            const star = findChild(panel, "starButton")
            verify(star && !star.starred)
            mouseClick(star)
            verify(TestApp.isStarred(ref))
            tryVerify(() => star.starred)
            const toggle = findChild(page, "starredToggle")
            mouseClick(toggle)
            verify(filter.starredOnly)
            tryCompare(list, "count", TestApp.starred.length)
            compare(filter.refAt(filter.rowOfRef(ref)), ref)
            mouseClick(star) // unstar: the row goes
            tryCompare(list, "count", TestApp.starred.length)
            compare(filter.rowOfRef(ref), -1)
            mouseClick(toggle)
            verify(!filter.starredOnly)
            compare(list.count, TestApp.catalog.count)
        }

        function test_filterChips() {
            const all = list.count
            filter.setFieldFilter(CatalogFilterModel.OwnerField, "team-commerce")
            tryVerify(() => list.count > 0 && list.count < all)
            const owned = list.count
            filter.setFieldFilter(CatalogFilterModel.TypeField, "service")
            tryVerify(() => list.count > 0 && list.count < owned)
            const chip = findChild(page, "filterChip-" + CatalogFilterModel.TypeField)
            verify(chip)
            // The × on the chip removes its filter.
            const remove = chip.children[1]
            mouseClick(remove)
            compare(filter.fieldFilters.length, 1)
            compare(list.count, owned)
            filter.clearFieldFilters()
            compare(list.count, all)
        }

        function test_addFilterMenuListsValuesWithCounts() {
            const menu = findChild(page, "addFilterMenu")
            verify(menu)
            mouseClick(findChild(page, "addFilterButton"))
            tryVerify(() => menu.opened)
            compare(menu.count, 6)
            const typeMenu = menu.menuAt(0)
            tryVerify(() => typeMenu.count > 0)
            // Most frequent first; picking a value adds its chip.
            const first = typeMenu.itemAt(0)
            verify(first.text.indexOf("(") > 0)
            first.triggered()
            compare(filter.fieldFilters.length, 1)
            compare(filter.fieldFilters[0].field, CatalogFilterModel.TypeField)
            tryVerify(() => list.count === filter.count && list.count < TestApp.catalog.count)
            menu.close()
            filter.clearFieldFilters()
        }

        function test_mouseBackAndForwardButtons() {
            TestApp.selectedRef = "component:default/order-service"
            TestApp.navigateTo("group:default/team-commerce")
            waitForRendering(page)
            mouseClick(list, 200, 100, Qt.BackButton)
            compare(TestApp.selectedRef, "component:default/order-service")
            mouseClick(list, 200, 100, Qt.ForwardButton)
            compare(TestApp.selectedRef, "group:default/team-commerce")
        }

        function test_altLeftRightGoBackAndForward() {
            TestApp.selectedRef = "component:default/order-service"
            TestApp.navigateTo("group:default/team-commerce")
            list.forceActiveFocus()
            verify(TestApp.canGoBack)
            verify(!TestApp.canGoForward)
            keyClick(Qt.Key_Left, Qt.AltModifier)
            compare(TestApp.selectedRef, "component:default/order-service")
            verify(TestApp.canGoForward)
            const panel = findChild(page, "entityPanel")
            tryVerify(() => panel.visible)
            const forward = findChild(panel, "forwardButton")
            verify(forward && forward.enabled)
            keyClick(Qt.Key_Right, Qt.AltModifier)
            compare(TestApp.selectedRef, "group:default/team-commerce")
            verify(!TestApp.canGoForward)
            // The panel's buttons do the same.
            const back = findChild(panel, "backButton")
            tryVerify(() => back.visible && back.enabled)
            mouseClick(back)
            compare(TestApp.selectedRef, "component:default/order-service")
            tryVerify(() => forward.enabled)
            mouseClick(forward)
            compare(TestApp.selectedRef, "group:default/team-commerce")
        }
    }
}
