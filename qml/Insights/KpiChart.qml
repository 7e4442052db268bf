// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtCharts
import Atrium

// One KPI per month or quarter, with its bands washed in behind the line and
// the target dashed across. `chart` is InsightsController.chart: values in
// display units, bands already clipped to the axis. Needs a QApplication
// (QtCharts), which the app creates.
ChartView {
    id: view
    property var chart: ({})

    antialiasing: true
    legend.visible: false
    backgroundColor: Theme.surface
    // Axis numbers in the UI language (labelFormat's %.1f goes through it).
    localizeNumbers: true
    locale: Qt.locale()
    backgroundRoundness: 0
    plotAreaColor: Theme.surface
    margins.left: 4
    margins.right: 8
    margins.top: 20
    margins.bottom: 4
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Chart of the KPI per period, with its bands")

    BarCategoryAxis {
        id: xAxis
        categories: view.chart.labelTexts || view.chart.labels || []
        labelsFont.pixelSize: Theme.smallFontSize
        labelsColor: Theme.textSecondary
        gridVisible: false
        lineVisible: true
        color: Theme.borderStrong
    }
    ValueAxis {
        id: yAxis
        min: view.chart.yMin !== undefined ? view.chart.yMin : 0
        max: view.chart.yMax !== undefined ? view.chart.yMax : 1
        labelsFont.pixelSize: Theme.smallFontSize
        labelsColor: Theme.textSecondary
        labelFormat: view.chart.labelFormat || "%.0f"
        tickCount: view.chart.tickCount || 6
        gridLineColor: Theme.border
        color: Theme.borderStrong
    }

    // Up to four bands (every KPI has four): drawn first, so behind the rest.
    AreaSeries { id: band0; axisX: xAxis; axisY: yAxis; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} lowerSeries: LineSeries {} }
    AreaSeries { id: band1; axisX: xAxis; axisY: yAxis; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} lowerSeries: LineSeries {} }
    AreaSeries { id: band2; axisX: xAxis; axisY: yAxis; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} lowerSeries: LineSeries {} }
    AreaSeries { id: band3; axisX: xAxis; axisY: yAxis; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} lowerSeries: LineSeries {} }
    LineSeries {
        id: targetLine
        axisX: xAxis
        axisY: yAxis
        color: Theme.bandColor(3)
        width: 1.5
        style: Qt.DashLine
    }
    LineSeries {
        id: valueLine
        axisX: xAxis
        axisY: yAxis
        color: Theme.text
        width: 2.5
    }
    ScatterSeries {
        id: valueDots
        axisX: xAxis
        axisY: yAxis
        color: Theme.text
        borderColor: Theme.surface
        borderWidth: 1.5
        markerSize: 9
        markerShape: ScatterSeries.MarkerShapeCircle
    }

    // The unit over the axis rather than as its title: QtCharts elides a
    // rotated title set in a fallback font (Korean) to a lone ellipsis.
    Text {
        x: view.plotArea.x - 8
        y: Math.max(2, view.plotArea.y - height - 6)
        text: view.chart.unitLabel || ""
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize
    }

    function refill() {
        const labels = chart.labels || []
        const values = chart.values || []
        const bands = chart.bands || []
        const areas = [band0, band1, band2, band3]
        // The bands span the whole plot: categories sit at 0..n-1, the plot at -0.5..n-0.5.
        const left = -0.5
        const right = Math.max(labels.length, 1) - 0.5
        for (let i = 0; i < areas.length; ++i) {
            const a = areas[i]
            a.upperSeries.clear()
            a.lowerSeries.clear()
            a.visible = i < bands.length
            if (i >= bands.length)
                continue
            a.color = Theme.bandWash(bands[i].rank)
            a.upperSeries.append(left, bands[i].upper)
            a.upperSeries.append(right, bands[i].upper)
            a.lowerSeries.append(left, bands[i].lower)
            a.lowerSeries.append(right, bands[i].lower)
        }
        targetLine.clear()
        if (chart.target !== undefined && chart.target >= yAxis.min && chart.target <= yAxis.max) {
            targetLine.append(left, chart.target)
            targetLine.append(right, chart.target)
        }
        // A period without a value is left out: the line joins its neighbours
        // and the missing dot shows the gap.
        valueLine.clear()
        valueDots.clear()
        for (let i = 0; i < values.length; ++i) {
            if (values[i] === null || values[i] === undefined)
                continue
            valueLine.append(i, values[i])
            valueDots.append(i, values[i])
        }
    }

    onChartChanged: refill()
    // The band washes are set in refill(), not bound: again when the theme changes.
    readonly property bool themeDark: Theme.dark
    onThemeDarkChanged: refill()
    Component.onCompleted: refill()
}
