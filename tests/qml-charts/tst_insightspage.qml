// SPDX-License-Identifier: Apache-2.0
import QtCore
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The Insights page with the mouse and the keyboard: a card opens its KPI
// with the chart and the records; back (button or Esc) returns; the chart
// renders to an image.
Item {
    id: root
    width: 1300
    height: 820

    Component {
        id: pageComponent
        InsightsPage {
            anchors.fill: parent
            controller: TestApp
            insights: TestInsights
        }
    }

    TestCase {
        name: "InsightsPage"
        when: windowShown

        function cleanup() {
            TestInsights.selectedKpi = ""
        }

        function test_cardsShowEveryKpi() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            for (const id of ["service-creation-lead-time", "golden-path-adoption", "developer-nps", "onboarding-time",
                              "infra-tickets", "dora-deployment-frequency", "dora-lead-time",
                              "dora-change-failure-rate", "dora-recovery-time"]) {
                const card = findChild(page, "kpiCard-" + id)
                verify(card, id)
                verify(card.hasValue, id)
                verify(card.valueText !== "", id)
            }
        }

        function test_cardOpensItsChartAndTable() {
            const page = createTemporaryObject(pageComponent, root)
            const card = findChild(page, "kpiCard-dora-lead-time")
            tryVerify(() => card.visible && card.x > 0) // the Flow has placed it
            mouseClick(card)
            compare(TestInsights.selectedKpi, "dora-lead-time")
            let chart = null
            tryVerify(() => (chart = findChild(page, "kpiChart")) !== null)
            // Four bands, the target, the line and its dots.
            compare(chart.count, 7)
            verify(chart.series(5).count > 0)
            const table = findChild(page, "insightsTable")
            tryVerify(() => table.rows > 0)
            compare(table.columns, 5)

            mouseClick(findChild(page, "insightsBack"))
            compare(TestInsights.selectedKpi, "")
        }

        function test_escapeGoesBack() {
            const page = createTemporaryObject(pageComponent, root)
            page.forceActiveFocus()
            TestInsights.selectedKpi = "developer-nps"
            tryVerify(() => findChild(page, "kpiChart") !== null)
            keyClick(Qt.Key_Escape)
            tryCompare(TestInsights, "selectedKpi", "")
        }

        function test_chartRendersToAnImage() {
            const page = createTemporaryObject(pageComponent, root)
            TestInsights.selectedKpi = "golden-path-adoption"
            let chart = null
            tryVerify(() => (chart = findChild(page, "kpiChart")) !== null && chart.width > 100)
            // As "Save chart…" does: to a PNG file, which then loads.
            const path = TestInsights.localPath(StandardPaths.writableLocation(StandardPaths.TempLocation))
                         + "/atrium-insights-chart-test.png"
            verify(TestInsights.saveImage(chart, "file://" + path))
            tryVerify(() => TestInsights.notice.indexOf("atrium-insights-chart-test.png") >= 0, 5000)
            const image = createTemporaryQmlObject("import QtQuick; Image { cache: false }", root)
            image.source = "file://" + path
            tryCompare(image, "status", Image.Ready)
            compare(image.sourceSize.width, Math.round(chart.width))
        }
    }
}
