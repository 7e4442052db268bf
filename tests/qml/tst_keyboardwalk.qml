// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The main window with the keyboard only: Ctrl+1… reach each section, Tab
// walks its controls (always to a visible, enabled item, with a focus
// frame, and never stuck), and an entity opens from the catalog and closes
// again. Insights is left out here: its charts need a QApplication (see
// tests/qml-charts).
Item {
    id: root
    width: 200
    height: 200

    Component {
        id: mainComponent
        Main {
            width: 1280
            height: 800
            controller: TestApp
            sync: TestSync
            settings: TestSettings
        }
    }

    TestCase {
        name: "KeyboardWalk"
        when: windowShown

        property var win: null

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        /** Whether @p item can be seen: it and its parents visible and not
         *  transparent, enabled, with a size, and inside the window. */
        function shown(item) {
            if (!item || !item.enabled || item.width <= 0 || item.height <= 0)
                return false
            for (let p = item; p; p = p.parent) {
                if (!p.visible || p.opacity === 0)
                    return false
            }
            const at = item.mapToItem(null, 0, 0)
            return at.x < win.width && at.y < win.height && at.x + item.width > 0 && at.y + item.height > 0
        }

        /** What a screen reader says for @p item: its Accessible.name, else
         *  what Qt derives one from (a control's text, a field's placeholder). */
        function spokenName(item) {
            const named = item.Accessible ? item.Accessible.name : ""
            if (named)
                return named
            if (typeof item.text === "string" && item.text !== "" && item.echoMode === undefined)
                return item.text
            if (typeof item.placeholderText === "string")
                return item.placeholderText
            // A spin box's text field is spoken as the spin box.
            if (item.parent && item.parent.Accessible && item.parent.contentItem === item)
                return item.parent.Accessible.name
            return ""
        }

        function describe(item) {
            if (!item)
                return "nothing"
            return (item.objectName !== "" ? item.objectName : String(item)) + (item.text !== undefined ? " '" + item.text + "'" : "")
                + (item.parent && item.parent.objectName !== "" ? " in " + item.parent.objectName : "")
        }

        function init() {
            TestApp.clearSelection()
            win = createTemporaryObject(mainComponent, root)
            verify(win)
            win.requestActivate()
            tryVerify(() => win.active, 5000, "the main window takes the keyboard")
            waitForRendering(win.contentItem)
        }

        function cleanup() {
            TestApp.clearSelection()
        }

        function test_ctrlNumberReachesEachSection() {
            const sections = win.sections
            verify(sections.length >= 6, sections.join(","))
            for (let i = 0; i < sections.length; ++i) {
                keyClick(Qt.Key_1 + i, Qt.ControlModifier)
                compare(win.section, sections[i])
                // The section takes the focus, so its keys work at once.
                tryVerify(() => win.activeFocusItem !== null && shown(win.activeFocusItem), 2000,
                          sections[i] + ": focus on " + describe(win.activeFocusItem))
            }
            keyClick(Qt.Key_1, Qt.ControlModifier)
            compare(win.section, "catalog")
        }

        function test_walk_data() {
            return [{ tag: "catalog", key: Qt.Key_1, distinct: 8 },
                    { tag: "graph", key: Qt.Key_2, distinct: 6 },
                    { tag: "create", key: Qt.Key_3, distinct: 6 },
                    { tag: "docs", key: Qt.Key_4, distinct: 6 },
                    { tag: "sync", key: Qt.Key_5, distinct: 6 },
                    { tag: "settings", key: Qt.Key_6, distinct: 8 }]
        }

        function test_walk(data) {
            keyClick(data.key, Qt.ControlModifier)
            compare(win.section, data.tag)
            if (data.tag === "graph") {
                TestApp.selectedRef = "component:default/order-service"
                keyClick(Qt.Key_2, Qt.ControlModifier)
            }
            waitForRendering(win.contentItem)
            const yamlBefore = TestSettings.yamlText
            const seen = []
            const tabs = 40
            for (let i = 0; i < tabs; ++i) {
                keyClick(Qt.Key_Tab)
                const item = win.activeFocusItem
                verify(item, data.tag + ": Tab " + (i + 1) + " left the focus nowhere")
                verify(shown(item), data.tag + ": Tab " + (i + 1) + " went to a hidden or disabled item: " + describe(item))
                // Controls draw their focus frame when focused from the keyboard.
                if (item.visualFocus !== undefined && item.focusPolicy !== undefined)
                    verify(item.visualFocus, data.tag + ": no visual focus on " + describe(item))
                // A screen reader has a name to say for it.
                verify(spokenName(item) !== "", data.tag + ": no accessible name on " + describe(item))
                if (seen.indexOf(item) < 0)
                    seen.push(item)
            }
            verify(seen.length >= data.distinct,
                   data.tag + ": " + tabs + " Tabs visited only " + seen.length + " items: " + seen.map(describe).join(", "))
            // Shift+Tab goes back the same way.
            const before = win.activeFocusItem
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Backtab)
            compare(win.activeFocusItem, before)
            // Tab moved the focus; it typed nothing (the YAML editor).
            compare(TestSettings.yamlText, yamlBefore)
        }

        function test_openAnEntityAndReturn() {
            keyClick(Qt.Key_1, Qt.ControlModifier)
            keyClick(Qt.Key_F, Qt.ControlModifier)
            const search = findChild(win.contentItem, "searchField")
            verify(search.activeFocus)
            typeText("order-service")
            const list = findChild(win.contentItem, "entityList")
            tryVerify(() => list.count > 0)
            keyClick(Qt.Key_Down)
            verify(list.activeFocus)
            keyClick(Qt.Key_Return)
            tryCompare(TestApp, "selectedRef", "component:default/order-service")
            // The entity page's controls are on the Tab path.
            const panel = findChild(win.contentItem, "entityPanel")
            verify(panel && shown(panel))
            let inPanel = false
            for (let i = 0; i < 30 && !inPanel; ++i) {
                keyClick(Qt.Key_Tab)
                for (let p = win.activeFocusItem; p; p = p.parent)
                    if (p === panel)
                        inPanel = true
            }
            verify(inPanel, "Tab reaches the entity page")
            // Back: Ctrl+F, then Esc clears the search, moves to the list,
            // and closes the entity.
            keyClick(Qt.Key_F, Qt.ControlModifier)
            verify(search.activeFocus)
            keyClick(Qt.Key_Escape)
            compare(search.text, "")
            keyClick(Qt.Key_Escape)
            verify(list.activeFocus)
            compare(TestApp.selectedRef, "component:default/order-service")
            keyClick(Qt.Key_Escape)
            tryCompare(TestApp, "selectedRef", "")
            compare(win.section, "catalog")
            verify(shown(win.activeFocusItem), describe(win.activeFocusItem))
        }
    }
}
