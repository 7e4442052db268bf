// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The Sync and Settings pages from the keyboard: a fresh install with no
// configuration, filled in and saved from the form.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: syncComponent
        SyncPage {
            width: root.width
            height: root.height
            controller: TestApp
            sync: TestSync
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            width: root.width
            height: root.height
            settings: TestSettings
        }
    }

    TestCase {
        name: "SyncAndSettings"
        when: windowShown

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        // Runs first (alphabetical): nothing is configured yet.
        function test_a_syncPageWithoutConfigPointsToSettings() {
            const page = createTemporaryObject(syncComponent, root)
            verify(page)
            waitForRendering(page)
            verify(!TestSync.configured)
            const card = findChild(page, "noConfigCard")
            verify(card && card.visible)
            // The card holds its text and button (positioned, not squeezed).
            const button = findChild(page, "openSettingsButton")
            verify(button.mapToItem(card, 0, 0).y + button.height <= card.height)
            const syncNow = findChild(page, "syncNowButton")
            verify(!syncNow.enabled)
            let asked = 0
            page.settingsRequested.connect(() => ++asked)
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(asked, 1)
        }

        function test_b_settingsFormFromTheKeyboard() {
            const page = createTemporaryObject(settingsComponent, root)
            verify(page)
            waitForRendering(page)
            verify(!TestSettings.exists)
            verify(TestSettings.fieldErrors["organization"] !== undefined)
            const org = findChild(page, "organizationField")
            org.forceActiveFocus()
            typeText("acme")
            compare(TestSettings.organization, "acme")
            verify(TestSettings.yamlText.indexOf("organization: acme") >= 0)
            verify(TestSettings.valid)
            // Tab goes on to the next field.
            keyClick(Qt.Key_Tab)
            verify(findChild(page, "hostField").activeFocus)
            const save = findChild(page, "saveButton")
            verify(save.enabled)
            keyClick(Qt.Key_S, Qt.ControlModifier)
            verify(TestSettings.exists)
            verify(!TestSettings.dirty)
            // Saving reconfigured the sync.
            verify(TestSync.configured)
            compare(TestSync.sourceLines.length, 1)
        }

        function test_c_yamlEditorUpdatesTheForm() {
            const page = createTemporaryObject(settingsComponent, root)
            const editor = findChild(page, "yamlEditor")
            verify(editor)
            editor.text = editor.text.replace("organization: acme", "organization: beta")
            compare(TestSettings.organization, "beta")
            compare(findChild(page, "organizationField").text, "beta")
            TestSettings.revert()
            compare(TestSettings.organization, "acme")
        }

        function test_d_syncPageAsksToSignIn() {
            const page = createTemporaryObject(syncComponent, root)
            tryVerify(() => TestSync.needsSignIn)
            const card = findChild(page, "signInCard")
            tryVerify(() => card.visible)
            // No OAuth app in tests: the button is off and the alternative named.
            verify(!findChild(page, "signInButton").enabled)
        }
    }
}
