// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// Toasts in the window's corner: one after a sync that ended away from the
// Sync page, none taking the focus from the field the user types in, and
// Undo after unstarring an entity.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: windowLike
        Item {
            property alias field: field
            property alias stack: stack
            width: root.width
            height: root.height
            TextField {
                id: field
                objectName: "typingField"
                width: 300
            }
            ToastStack {
                id: stack
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 16
                model: TestApp.toasts
            }
        }
    }

    TestCase {
        name: "Toasts"
        when: windowShown

        function init() {
            TestApp.toasts.clear()
        }

        function test_a_syncFinishedShowsAToastWithoutTakingFocus() {
            const w = createTemporaryObject(windowLike, root)
            verify(w)
            w.field.forceActiveFocus()
            keyClick(Qt.Key_A)
            verify(w.field.activeFocus)
            // A local folder only (the demo's), saved: the sync reads it
            // into the open catalog with no network.
            TestSettings.githubEnabled = false
            verify(TestSettings.addLocalFolder(TestData.demoDir))
            verify(TestSettings.save())
            verify(TestSync.configured)
            TestSync.pageVisible = false
            verify(TestSync.syncNow())
            tryVerify(() => !TestSync.running, 60000)
            compare(TestSync.lastError, "")
            tryCompare(TestApp.toasts, "count", 1)
            const toast = findChild(w.stack, "toast")
            verify(toast)
            tryVerify(() => toast.visible && toast.height > 0)
            verify(toast.text.indexOf("Sync finished: ") === 0, toast.text)
            compare(toast.Accessible.role, Accessible.AlertMessage)
            // The field kept the focus, and typing goes on into it.
            verify(w.field.activeFocus)
            keyClick(Qt.Key_B)
            compare(w.field.text, "ab")
            // Closing it with the mouse does not take the focus either.
            mouseClick(findChild(toast, "toastClose"))
            compare(TestApp.toasts.count, 0)
            verify(w.field.activeFocus)
            // Nothing to Tab to: the toast's buttons are out of the chain.
            TestApp.toasts.clear()
        }

        function test_b_noToastWhileTheSyncPageShowsTheResult() {
            TestSync.pageVisible = true
            verify(TestSync.syncNow())
            tryVerify(() => !TestSync.running, 60000)
            compare(TestApp.toasts.count, 0)
            verify(TestSync.notice !== "")
            TestSync.dismissNotice()
            TestSync.pageVisible = false
        }

        function test_c_undoAfterUnstarStarsAgain() {
            const w = createTemporaryObject(windowLike, root)
            w.field.forceActiveFocus()
            const ref = "component:default/order-service"
            verify(TestApp.hasEntity(ref))
            TestApp.setStarred(ref, true)
            compare(TestApp.toasts.count, 0)
            TestApp.toggleStarred(ref)
            verify(!TestApp.isStarred(ref))
            tryCompare(TestApp.toasts, "count", 1)
            const toast = findChild(w.stack, "toast")
            verify(toast)
            verify(toast.text.indexOf("from starred") > 0, toast.text)
            const undo = findChild(toast, "toastAction")
            verify(undo && undo.visible)
            compare(undo.text, "Undo")
            compare(undo.focusPolicy, Qt.NoFocus)
            compare(undo.activeFocusOnTab, false)
            waitForRendering(w)
            mouseClick(undo)
            verify(TestApp.isStarred(ref))
            compare(TestApp.toasts.count, 0)
            verify(w.field.activeFocus)
            TestApp.setStarred(ref, false)
            TestApp.toasts.clear()
        }

        function test_d_stacksAtMostThree() {
            const w = createTemporaryObject(windowLike, root)
            const refs = ["component:default/order-service", "component:default/inventory-service",
                          "component:default/psp-connector", "component:default/cart-service"]
            for (const ref of refs) {
                verify(TestApp.hasEntity(ref), ref)
                TestApp.setStarred(ref, true)
                TestApp.setStarred(ref, false)
            }
            compare(TestApp.toasts.count, 3)
            waitForRendering(w)
            // Newest at the bottom, inside the window.
            let bottom = 0
            for (let i = 0; i < w.stack.children.length; ++i) {
                const c = w.stack.children[i]
                if (c.objectName === "toast")
                    bottom = Math.max(bottom, c.mapToItem(root, 0, c.height).y)
            }
            verify(bottom <= root.height)
        }
    }
}
