// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The first run from the keyboard alone: GitHub Enterprise (a fake one on
// this machine), a refused token and then a good one, the organisation
// picked from the list GitHub gives, the first sync, and the catalog.
// Each step is saved as a screenshot (build/tests/screenshots/welcome/).
Item {
    id: root
    width: 1100
    height: 780

    Component {
        id: welcomeComponent
        WelcomePage {
            width: root.width
            height: root.height
            welcome: TestWelcome
            sync: TestWelcomeSync
        }
    }

    TestCase {
        name: "Welcome"
        when: windowShown

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        /** The visible item under @p item with objectName @p name. */
        function find(item, name) {
            if (!item || !item.visible)
                return null
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const found = find(item.contentItem, name)
                if (found)
                    return found
            }
            return null
        }

        /** Whether a visible Text under @p item contains @p text. */
        function showsText(item, text) {
            if (!item || !item.visible)
                return false
            if (typeof item.text === "string" && item.text.indexOf(text) >= 0)
                return true
            for (let i = 0; i < item.children.length; ++i)
                if (showsText(item.children[i], text))
                    return true
            return false
        }

        function shot(page, name) {
            waitForRendering(page)
            // save() returns nothing in Qt 6.4: the files are looked at, not checked here.
            grabImage(page).save(TestData.welcomeScreenshotDir + "/" + name + ".png")
        }

        function test_a_escapeGoesBack() {
            TestWelcome.start()
            const page = createTemporaryObject(welcomeComponent, root)
            tryVerify(() => find(page, "choiceGitHub") && find(page, "choiceGitHub").activeFocus, 5000)
            keyClick(Qt.Key_Down)
            verify(find(page, "choiceEnterprise").activeFocus)
            keyClick(Qt.Key_Return)
            compare(TestWelcome.step, "host")
            tryVerify(() => find(page, "hostField").activeFocus, 5000)
            keyClick(Qt.Key_Escape)
            compare(TestWelcome.step, "choose")
            tryVerify(() => find(page, "choiceGitHub").activeFocus, 5000)
            // A host that is no host is named where it was typed.
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryVerify(() => find(page, "hostField").activeFocus, 5000)
            typeText("not a host")
            keyClick(Qt.Key_Return)
            verify(showsText(page, "host name, such as github.example.com"))
            shot(page, "host-error")
            keyClick(Qt.Key_Escape)
        }

        function test_b_firstRunByKeyboard() {
            TestWelcome.start()
            const page = createTemporaryObject(welcomeComponent, root)
            tryVerify(() => find(page, "choiceGitHub") && find(page, "choiceGitHub").activeFocus, 5000)
            shot(page, "1-choose")

            // GitHub Enterprise, its address as copied from the browser.
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryVerify(() => find(page, "hostField").activeFocus, 5000)
            typeText(TestData.gitHubUrl + "/acme")
            compare(find(page, "stepCounter").text, "Step 2 of 5")
            shot(page, "2-host")
            keyClick(Qt.Key_Return)
            tryCompare(TestWelcome, "step", "signin", 15000)

            // No OAuth app configured: the token field takes the keyboard.
            tryVerify(() => find(page, "tokenField").activeFocus, 5000)
            verify(!find(page, "signInButton"))
            typeText("ghp_wrong")
            keyClick(Qt.Key_Return)
            tryVerify(() => !TestWelcome.busy && TestWelcome.error !== "", 15000)
            verify(showsText(page, "refused this token"))
            shot(page, "3-signin-refused")
            const field = find(page, "tokenField")
            field.forceActiveFocus()
            field.selectAll()
            typeText(TestData.gitHubToken)
            keyClick(Qt.Key_Return)
            tryCompare(TestWelcome, "step", "organization", 15000)

            // The organisations GitHub lists for the user, the first one current.
            const list = find(page, "organizationList")
            verify(list)
            compare(list.count, 2)
            tryVerify(() => list.activeFocus, 5000)
            verify(showsText(page, "Signed in as octocat"))
            verify(showsText(list, "Acme's services"))
            const go = find(page, "organizationContinue")
            compare(go.text, "Read acme")
            keyClick(Qt.Key_Down)
            compare(go.text, "Read zeta-labs")
            keyClick(Qt.Key_Up)
            compare(go.text, "Read acme")
            shot(page, "4-organization")
            // GitHub answers slowly enough to see the sync's progress.
            TestGitHub.delayNext(1500, 2, "graphql")
            keyClick(Qt.Key_Return)

            // The first sync's progress, then the catalog.
            tryCompare(TestWelcome, "step", "sync", 15000)
            tryVerify(() => TestWelcomeSync.running && TestWelcomeSync.progressText !== "", 10000)
            verify(find(page, "syncProgress"))
            verify(showsText(page, "Reading the catalog of acme"))
            shot(page, "5-sync")
            tryCompare(TestWelcome, "step", "done", 30000)
            compare(TestWelcome.error, "")
            tryCompare(TestWelcomeApp.catalog, "count", 2, 15000)
            tryVerify(() => find(page, "openCatalog").activeFocus, 5000)
            verify(showsText(page, "Your catalog is ready"))
            shot(page, "6-done")
            keyClick(Qt.Key_Return)
            compare(TestWelcome.active, false)
        }
    }
}
