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

        /** A visible Text (or field) under @p item showing exactly @p text. */
        function findText(item, text) {
            if (!item || !item.visible)
                return null
            if (item.text === text)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function settingsPage() {
            const page = createTemporaryObject(settingsComponent, root)
            verify(page)
            waitForRendering(page)
            return page
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

        // The sections beyond GitHub, each from the keyboard; each test
        // leaves the saved configuration as it found it.
        function test_e_backstageBackendsFromTheKeyboard() {
            const page = settingsPage()
            compare(TestSettings.backstageCount, 0)
            findChild(page, "backstageNameInput").forceActiveFocus()
            typeText("corp")
            keyClick(Qt.Key_Tab)
            const url = findChild(page, "backstageUrlInput")
            verify(url.activeFocus)
            typeText("http://backstage.corp.example")
            keyClick(Qt.Key_Tab)
            verify(findChild(page, "backstageAddButton").activeFocus)
            keyClick(Qt.Key_Space)
            // Plain http to another machine: refused, and the form says why.
            compare(TestSettings.backstageCount, 0)
            verify(findText(page, "Not added: the name is taken or not allowed, or the URL is not https."))
            url.forceActiveFocus()
            keyClick(Qt.Key_Home)
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Right)
            typeText("s")
            verify(!findText(page, "Not added: the name is taken or not allowed, or the URL is not https."))
            keyClick(Qt.Key_Return)
            compare(TestSettings.backstageCount, 1)
            verify(TestSettings.yamlText.indexOf("baseUrl: https://backstage.corp.example") >= 0)
            compare(url.text, "")
            verify(TestSettings.dirty)

            // The entry's own fields.
            const filter = findChild(page, "backstageFilter.0")
            verify(filter && filter.visible)
            filter.forceActiveFocus()
            typeText("kind=component; kind=template")
            verify(TestSettings.yamlText.indexOf("- kind=component\n") >= 0)
            verify(TestSettings.yamlText.indexOf("- kind=template\n") >= 0)
            keyClick(Qt.Key_Tab)
            const docs = findChild(page, "backstageDocs.0")
            verify(docs.activeFocus)
            keyClick(Qt.Key_Space)
            verify(!docs.checked)
            verify(TestSettings.yamlText.indexOf("docs: false") >= 0)

            // A wrong URL: the parser's error under the field, and in the YAML's problems.
            const entryUrl = findChild(page, "backstageUrl.0")
            entryUrl.forceActiveFocus()
            entryUrl.selectAll()
            typeText("http://backstage.corp.example")
            const error = TestSettings.fieldErrors["backstage.0.baseUrl"]
            verify(error !== undefined)
            verify(findText(page, error))
            verify(!TestSettings.valid)
            verify(findChild(page, "yamlProblems").count > 0)
            keyClick(Qt.Key_Home)
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Right)
            typeText("s")
            verify(TestSettings.valid)
            verify(!findText(page, error))

            // Folding the section hides its fields; unfolding shows them again.
            // Tab reaches the section's title (past the folders' Browse…) with a visible focus, then its Reset.
            const toggle = findChild(page, "backstageToggle")
            findChild(page, "folderInput").forceActiveFocus()
            keyClick(Qt.Key_Tab) // Add is off while the folder is empty: Browse…
            keyClick(Qt.Key_Tab)
            verify(toggle.activeFocus)
            verify(toggle.visualFocus)
            keyClick(Qt.Key_Tab)
            verify(findChild(page, "backstageReset").activeFocus)
            verify(findChild(page, "backstageReset").visualFocus)
            keyClick(Qt.Key_Backtab)
            verify(toggle.activeFocus)
            keyClick(Qt.Key_Space)
            verify(!findChild(page, "backstageNameInput").visible)
            keyClick(Qt.Key_Space)
            verify(findChild(page, "backstageNameInput").visible)

            // Remove from the keyboard.
            findChild(page, "backstageRemove.0").forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(TestSettings.backstageCount, 0)
            verify(TestSettings.yamlText.indexOf("backstage.corp") < 0)
            TestSettings.revert()
            verify(!TestSettings.dirty)
        }

        function test_f_argoTokenMustBeAReference() {
            const page = settingsPage()
            findChild(page, "argoNameInput").forceActiveFocus()
            typeText("main")
            keyClick(Qt.Key_Tab)
            typeText("https://argocd.acme.test")
            keyClick(Qt.Key_Return)
            compare(TestSettings.argoCount, 1)
            verify(TestSettings.yamlText.indexOf("argocd:\n  appLocatorMethods:\n    - type: config\n") >= 0)
            const token = findChild(page, "argoToken.0")
            token.forceActiveFocus()
            typeText("s3cret")
            // A token in clear is warned about under the field, and the line is marked.
            const warning = TestSettings.fieldWarnings["argo.0.token"]
            verify(warning !== undefined && warning.indexOf("in clear") >= 0)
            verify(findText(findChild(page, "argoTokenField.0"), warning))
            verify(TestSettings.warningLines.length > 0)
            token.selectAll()
            typeText("${ARGOCD_TOKEN}")
            verify(TestSettings.yamlText.indexOf("token: ${ARGOCD_TOKEN}") >= 0)
            verify(TestSettings.fieldWarnings["argo.0.token"] === undefined)
            verify(!findText(findChild(page, "argoTokenField.0"), warning))
            // Reset section, from the keyboard.
            findChild(page, "argocdReset").forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(TestSettings.argoCount, 0)
            verify(TestSettings.yamlText.indexOf("argocd") < 0)
            TestSettings.revert()
        }

        function test_g_insightsDependentFields() {
            const page = settingsPage()
            const environment = findChild(page, "environmentField")
            const workflow = findChild(page, "workflowField")
            verify(environment.visible)
            verify(!workflow.visible)
            const box = findChild(page, "deploymentSourceBox")
            box.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(box.currentValue, "releases")
            verify(!environment.visible)
            verify(!workflow.visible)
            keyClick(Qt.Key_Down)
            compare(box.currentValue, "workflow-runs")
            verify(workflow.visible)
            verify(TestSettings.yamlText.indexOf("source: workflow-runs") >= 0)
            workflow.forceActiveFocus()
            typeText("deploy.yml")
            verify(TestSettings.yamlText.indexOf("workflow: deploy.yml") >= 0)

            // A list item the parser refuses: its message under the field.
            const repos = findChild(page, "insightsRepositoriesField")
            repos.forceActiveFocus()
            typeText("acme/billing, billing")
            const error = TestSettings.fieldErrors["insights.repositories"]
            verify(error !== undefined && error.indexOf("owner/name") >= 0)
            verify(findText(page, error))
            compare(TestSettings.insights["repositories"], "acme/billing, billing")
            verify(!findChild(page, "saveButton").enabled)
            for (let i = 0; i < "billing".length; ++i)
                keyClick(Qt.Key_Backspace)
            typeText("acme/web")
            verify(TestSettings.valid)

            findChild(page, "insightsReset").forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(TestSettings.yamlText.indexOf("insights") < 0)
            compare(box.currentValue, "deployments")
            verify(environment.visible)
            compare(repos.text, "")
            TestSettings.revert()
        }

        function test_h_githubCaBundleAndTimeout() {
            const page = settingsPage()
            const ca = findChild(page, "caBundleField")
            ca.forceActiveFocus()
            typeText("/nonexistent/ca.pem")
            verify(TestSettings.yamlText.indexOf("caBundle: /nonexistent/ca.pem") >= 0)
            // Missing: a warning at the field, saving still allowed.
            verify(TestSettings.fieldWarnings["caBundle"] !== undefined)
            verify(findText(page, TestSettings.fieldWarnings["caBundle"]))
            verify(findChild(page, "saveButton").enabled)
            const timeout = findChild(page, "timeoutSpin")
            timeout.forceActiveFocus()
            const before = TestSettings.scheduleTimeoutMinutes
            keyClick(Qt.Key_Up)
            compare(TestSettings.scheduleTimeoutMinutes, before + 1)
            verify(TestSettings.yamlText.indexOf("timeout:\n            minutes: " + (before + 1)) >= 0)
            TestSettings.revert()
        }
    }
}
