// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The Create section on the demo catalog: the gallery, and the Spring Boot
// service template filled in by keyboard, Next held back until each page is
// valid, then the review.
TestCase {
    id: testCase
    name: "CreatePage"
    when: windowShown
    width: 1200
    height: 800
    visible: true

    Component {
        id: pageComponent
        CreatePage {
            width: testCase.width
            height: testCase.height
            controller: TestApp
        }
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_gallery() {
        const page = createTemporaryObject(pageComponent, testCase)
        const grid = findChild(page, "templateGrid")
        verify(grid)
        tryVerify(() => grid.count >= 2)
        const search = findChild(page, "templateSearch")
        search.forceActiveFocus()
        typeText("postgres")
        tryCompare(grid, "count", 1)
        keyClick(Qt.Key_Return)
        tryCompare(page.form, "templateRef", "template:default/provision-postgresql")
        compare(page.form.title, "PostgreSQL Database Provisioning")
    }

    function test_recentTasksAndBack() {
        const page = createTemporaryObject(pageComponent, testCase)
        const button = findChild(page, "recentTasks")
        verify(button)
        const history = findChild(page, "taskHistory")
        verify(!history.visible)
        mouseClick(button)
        verify(history.visible)
        verify(!findChild(page, "templateGrid").visible)
        // The demo catalog has run nothing yet, and says so.
        const model = findChild(page, "taskHistoryModel")
        tryCompare(model, "loading", false)
        compare(button.text, "Recent tasks (" + model.count + ")")
        if (model.count === 0)
            verify(findChild(page, "historyEmpty").visible)
        tryVerify(() => findChild(page, "historyList").activeFocus)
        // Escape goes back to the templates, the keyboard where it was.
        keyClick(Qt.Key_Escape)
        verify(!history.visible)
        verify(findChild(page, "templateGrid").visible)
        tryVerify(() => button.activeFocus)
    }

    function test_service_template_by_keyboard() {
        const page = createTemporaryObject(pageComponent, testCase)
        page.openTemplate("template:default/spring-boot-service", 0)
        const form = page.form
        tryCompare(form, "loaded", true)
        const next = findChild(page, "wizardNext")
        verify(next)
        verify(!next.enabled)

        // ui:autofocus: the service name has the keyboard.
        const name = findChild(page, "input-serviceName")
        verify(name)
        tryVerify(() => name.activeFocus)
        typeText("Bad")
        compare(form.valueAt("serviceName"), "Bad")
        tryVerify(() => findChild(page, "fieldError") !== null)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("loyalty-service")
        compare(form.valueAt("serviceName"), "loyalty-service")
        verify(!next.enabled)

        keyClick(Qt.Key_Tab)                 // description
        typeText("Points")
        compare(form.valueAt("description"), "Points")
        keyClick(Qt.Key_Tab)                 // owner: an editable picker
        typeText("team-platform")
        keyClick(Qt.Key_Return)
        compare(form.valueAt("ownerTeam"), "group:default/team-platform")
        verify(!next.enabled)
        keyClick(Qt.Key_Tab)                 // system (optional)
        keyClick(Qt.Key_Tab)                 // tier
        keyClick(Qt.Key_Down)
        compare(form.valueAt("tier"), "tier-1")
        tryCompare(next, "enabled", true)

        mouseClick(next)
        tryCompare(form, "currentStep", 1)
        compare(form.valueAt("replicaCount"), 3)
        // The new page gives its first field the keyboard.
        tryVerify(() => findChild(page, "input-database").activeFocus)
        const replicas = findChild(page, "input-replicaCount")
        verify(replicas)
        replicas.forceActiveFocus()
        verify(replicas.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("99")
        compare(form.valueAt("replicaCount"), 99)
        tryCompare(next, "enabled", false)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("4")
        tryCompare(next, "enabled", true)
        mouseClick(next)
        tryCompare(form, "reviewing", true)

        const review = findChild(page, "reviewPage")
        verify(review.visible)
        const tier = findChild(page, "reviewValue-tier")
        verify(tier)
        compare(tier.text, "Tier 1 (99.99% SLO)")
        compare(findChild(page, "reviewValue-replicaCount").text, "4")
        const params = JSON.parse(form.parametersJson)
        compare(params.serviceName, "loyalty-service")
        compare(params.ownerTeam, "group:default/team-platform")

        mouseClick(findChild(page, "wizardBack"))
        tryCompare(form, "currentStep", 1)
    }
}
