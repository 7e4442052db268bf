// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// Each ui:field extension of the wizard, driven through its QML input on
// the demo catalog: tests/data/templates/every-field/template.yaml, opened
// as a local template file (Create › Open template file…).
TestCase {
    id: testCase
    name: "CreateFields"
    when: windowShown
    width: 1200
    height: 900
    visible: true

    readonly property url templateFile: Qt.resolvedUrl("../data/templates/every-field/template.yaml")

    Component {
        id: pageComponent
        CreatePage {
            width: testCase.width
            height: testCase.height
            controller: TestApp
        }
    }

    property var page
    property var form

    function init() {
        TestApp.me = ""
        page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        verify(page.openTemplateFile(templateFile))
        form = page.form
        tryCompare(form, "loaded", true)
        compare(form.title, "Every field")
        // The wizard gives the first field the keyboard once it is laid out.
        tryVerify(() => input("component").activeFocus)
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function input(path) {
        let found = null
        tryVerify(() => (found = findChild(page, "input-" + path)) !== null, 3000, "no input for " + path)
        return found
    }

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

    function optionValues(path) {
        return input(path).model ? Array.from(input(path).model, o => o.value) : []
    }

    // Every template of the compat corpus opens from its file, each page
    // renders with no field left out, and each page is saved as a
    // screenshot (build/tests/screenshots/templates/NAME-pageN.png).
    function test_compatTemplatesRenderEachPage() {
        const files = TestData.compatTemplates
        verify(files.length >= 10, files.length)
        for (const file of files) {
            verify(page.openTemplateFile(file), file + ": " + form.error)
            compare(form.stepTitles.length, form.pageCount + 1)
            compare(form.stepTitles[0], form.pageTitle)
            const name = file.substring(file.indexOf("/templates/") + 11).replace("/template.yaml", "").replace(/\//g, "_")
            for (let step = 0; step < form.pageCount; ++step) {
                form.goToStep(step)
                compare(form.currentStep, step)
                verify(findChild(page, "templateWizard").visible)
                waitForRendering(page)
                const image = grabImage(page)
                compare(image.width, page.width)
                // (save() returns nothing in Qt 6.4: the files are looked at, not checked here)
                image.save(TestData.screenshotDir + "/" + name + "-page" + (step + 1) + ".png")
            }
        }
    }

    function test_unknownFileIsNamed() {
        verify(!page.openTemplateFile(Qt.resolvedUrl("../data/templates/every-field/nope.yaml")))
        const error = findChild(page, "templateFileError")
        verify(error.visible)
        verify(error.text.indexOf("nope.yaml") >= 0)
    }

    function test_entityPickerOffersOnlyItsFilter() {
        const combo = input("component")
        verify(!combo.editable) // allowArbitraryValues: false
        const values = optionValues("component")
        verify(values.length > 0)
        for (const v of values)
            verify(v.startsWith("component:"), v)
        combo.forceActiveFocus()
        keyClick(Qt.Key_Down)
        verify(String(form.valueAt("component")).startsWith("component:"))
    }

    function test_multiEntityPickerTogglesWithSpace() {
        const picker = input("systems")
        const list = findChild(picker, "entitiesList")
        verify(list)
        list.forceActiveFocus()
        list.currentIndex = 1
        keyClick(Qt.Key_Space)
        const value = form.valueAt("systems")
        compare(value.length, 1)
        verify(value[0].startsWith("system:"))
        keyClick(Qt.Key_Space)
        compare(form.valueAt("systems").length, 0)
    }

    function test_ownerPickerListsGroups() {
        const combo = input("owner")
        for (const v of optionValues("owner"))
            verify(v.startsWith("group:"), v)
        combo.contentItem.forceActiveFocus()
        typeText("team-platform")
        keyClick(Qt.Key_Return)
        compare(form.valueAt("owner"), "group:default/team-platform")
    }

    function test_ownedEntityAndMyGroupsFollowWhoYouAre() {
        compare(optionValues("group").length, 0)
        TestApp.me = "user:default/priya.raman"
        // The form reads "me" when a template opens.
        verify(page.openTemplateFile(templateFile))
        tryVerify(() => input("component").activeFocus)
        tryVerify(() => optionValues("group").length > 0)
        compare(optionValues("group"), ["group:default/team-platform"])
        const mine = optionValues("mine")
        verify(mine.length > 0)
        for (const ref of mine)
            verify(ref.startsWith("component:"), ref)
        TestApp.me = ""
    }

    function test_entityNamePickerValidatesTheName() {
        const name = input("name")
        name.forceActiveFocus()
        typeText("Bad Name")
        tryVerify(() => findVisible(page, "fieldError") !== null)
        verify(findVisible(page, "fieldError").text.length > 0)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("good-name")
        compare(form.valueAt("name"), "good-name")
        tryVerify(() => findVisible(page, "fieldError") === null)
    }

    function test_entityTagsPickerAddsAndRemovesChips() {
        const tags = input("tags")
        const entry = findChild(tags, "listEntry")
        entry.forceActiveFocus()
        typeText("java")
        keyClick(Qt.Key_Return)
        typeText("grpc,kafka")
        compare(form.valueAt("tags"), ["java", "grpc"]) // the comma adds
        keyClick(Qt.Key_Return)
        compare(form.valueAt("tags"), ["java", "grpc", "kafka"])
        compare(entry.text, "")
        // Backspace in the empty field takes the last one off.
        keyClick(Qt.Key_Backspace)
        compare(form.valueAt("tags"), ["java", "grpc"])
        // A chip's remove button, named for screen readers, takes it off.
        const chip = findChild(tags, "listChip")
        verify(chip)
        const remove = chip.children[1]
        compare(remove.Accessible.name, "Remove " + chip.modelData)
        const removed = chip.modelData
        remove.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(() => form.valueAt("tags").indexOf(removed) < 0)
        compare(form.valueAt("tags").length, 1)
    }

    function test_repoUrlPickerAndConditionalField() {
        // Page 1 filled by the model, then Next.
        form.setValue("component", "component:default/order-service")
        form.setValue("owner", "group:default/team-platform")
        verify(form.next())
        compare(form.currentStep, 1)
        tryVerify(() => input("repoUrl").focusTarget.activeFocus)

        // RepoUrlPicker: the allowed owners as a list, the repository typed.
        const repo = input("repoUrl")
        const ownerCombo = repo.focusTarget
        verify(ownerCombo instanceof ComboBox)
        compare(ownerCombo.model, ["acme-commerce", "acme-labs"])
        ownerCombo.activated(1)
        const repoName = findChild(repo, "repoName")
        repoName.forceActiveFocus()
        typeText("loyalty")
        compare(form.valueAt("repoUrl"), "github.com?owner=acme-labs&repo=loyalty")

        // Choosing postgres brings its size field; the choice keeps the keyboard.
        verify(findChild(page, "input-dbSize") === null)
        const db = input("database")
        db.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(form.valueAt("database"), "postgres")
        tryVerify(() => findChild(page, "input-dbSize") !== null)
        compare(form.valueAt("dbSize"), "small")
        verify(db.activeFocus)
        keyClick(Qt.Key_Up)
        compare(form.valueAt("database"), "none")
        tryVerify(() => findChild(page, "input-dbSize") === null)
        verify(db.activeFocus)
    }

    function test_secretStaysOutOfTheParameters() {
        form.setValue("component", "component:default/order-service")
        form.setValue("owner", "group:default/team-platform")
        verify(form.next())
        tryVerify(() => input("repoUrl").focusTarget.activeFocus)
        const token = input("token")
        compare(token.echoMode, TextInput.Password)
        token.forceActiveFocus()
        typeText("s3cr3t-value")
        compare(form.valueAt("token"), "s3cr3t-value")
        verify(form.parametersJson.indexOf("s3cr3t-value") < 0)
        form.setRepoPart("repoUrl", "owner", "acme-commerce")
        form.setRepoPart("repoUrl", "repo", "loyalty")
        verify(form.next())
        verify(form.reviewing)
        for (const item of form.reviewItems)
            verify(String(item.value).indexOf("s3cr3t-value") < 0)
    }
}
