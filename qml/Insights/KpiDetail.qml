// SPDX-License-Identifier: Apache-2.0
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Atrium
import Atrium.Models

// One KPI in full: the chart per month or quarter with its bands, where the
// numbers come from, what the bands mean, and the records behind them, with
// links to the entities and repositories. The chart exports as PNG, its data
// and the table as CSV.
FocusScope {
    id: detail
    required property InsightsController insights
    signal backRequested()

    readonly property var kpi: insights ? insights.selected : ({})

    Keys.onEscapePressed: backRequested()

    FileDialog {
        id: pngDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PNG images (*.png)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        currentFile: currentFolder + "/" + detail.insights.suggestedFileName("png")
        onAccepted: detail.insights.saveImage(chartView, selectedFile)
    }
    FileDialog {
        id: csvDialog
        property string what: "series"
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        currentFile: currentFolder + "/" + detail.insights.suggestedFileName(what === "series" ? "csv" : "table.csv")
        onAccepted: detail.insights.exportCsv(selectedFile, what)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        Column {
            id: body
            x: 24
            width: scroll.availableWidth - 48
            spacing: 10
            topPadding: 16
            bottomPadding: 24

            RowLayout {
                width: parent.width
                spacing: 10
                ActionButton {
                    objectName: "insightsBack"
                    text: qsTr("All KPIs")
                    icon.source: "qrc:/icons/back.svg"
                    icon.width: 14
                    icon.height: 14
                    onClicked: detail.backRequested()
                }
                Text {
                    Layout.fillWidth: true
                    text: detail.kpi.title || ""
                    color: Theme.text
                    font.pixelSize: Theme.titleFontSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                ActionButton {
                    text: qsTr("Save chart…")
                    icon.source: "qrc:/icons/download.svg"
                    icon.width: 14
                    icon.height: 14
                    onClicked: pngDialog.open()
                }
                ActionButton {
                    text: qsTr("Chart data…")
                    onClicked: {
                        csvDialog.what = "series"
                        csvDialog.open()
                    }
                }
                ActionButton {
                    text: qsTr("Table…")
                    enabled: tableView.rows > 0
                    onClicked: {
                        csvDialog.what = "table"
                        csvDialog.open()
                    }
                }
            }

            Row {
                spacing: 12
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: detail.kpi.hasValue ? detail.kpi.valueText : qsTr("No data")
                    color: detail.kpi.hasValue ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.scaled(28)
                    font.weight: Font.DemiBold
                }
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    visible: detail.kpi.hasValue === true
                    radius: 10
                    height: Theme.grow(20, 0.85)
                    width: bandChip.implicitWidth + 16
                    color: Theme.bandWash(detail.kpi.bandRank)
                    border.color: Theme.bandColor(detail.kpi.bandRank)
                    Text {
                        id: bandChip
                        anchors.centerIn: parent
                        text: detail.kpi.bandTitle || ""
                        color: Theme.bandColor(detail.kpi.bandRank)
                        font.pixelSize: Theme.smallFontSize
                        font.weight: Font.DemiBold
                    }
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: (detail.kpi.targetText || "") + "  ·  " + (detail.kpi.sampleText || "") + "  ·  "
                          + detail.insights.windowText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSize
                }
            }
            Text {
                width: parent.width
                text: detail.kpi.description || ""
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            Rectangle {
                width: parent.width
                height: Math.max(260, Math.min(360, detail.height * 0.42))
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                KpiChart {
                    id: chartView
                    objectName: "kpiChart"
                    anchors.fill: parent
                    anchors.margins: 1
                    chart: detail.insights.chart
                }
            }
            Flow {
                width: parent.width
                spacing: 16
                Repeater {
                    model: detail.kpi.bands || []
                    Row {
                        required property var modelData
                        spacing: 6
                        Rectangle {
                            anchors.verticalCenter: parent.verticalCenter
                            width: 12
                            height: 12
                            radius: 2
                            color: Theme.bandWash(modelData.rank)
                            border.color: Theme.bandColor(modelData.rank)
                        }
                        Text {
                            text: modelData.title + "  " + modelData.range
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                }
                Row {
                    spacing: 6
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 16
                        height: 2
                        color: Theme.bandColor(3)
                    }
                    Text {
                        text: qsTr("target")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }

            Rectangle {
                width: parent.width
                visible: detail.kpi.hasValue === false
                radius: Theme.radius
                color: Theme.warningSoft
                height: missingText.height + 20
                Text {
                    id: missingText
                    x: 12
                    y: 10
                    width: parent.width - 24
                    text: detail.kpi.missingReason || ""
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                width: parent.width
                text: qsTr("Source: %1").arg(detail.kpi.source || "")
                      + (detail.kpi.asOfText ? "  ·  " + detail.kpi.asOfText : "")
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: detail.kpi.notes || []
                Text {
                    required property string modelData
                    width: body.width
                    text: "•  " + modelData
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                width: parent.width
                text: qsTr("Bands: %1. %2").arg(detail.kpi.bandSource || "").arg(detail.kpi.boundaryRule || "")
                color: Theme.textMuted
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WordWrap
            }

            Text {
                topPadding: 8
                text: qsTr("The records behind it")
                color: Theme.text
                font.weight: Font.DemiBold
            }
            Text {
                visible: tableView.rows === 0
                text: qsTr("No records in this period.")
                color: Theme.textMuted
            }
            Rectangle {
                width: parent.width
                visible: tableView.rows > 0
                height: Math.min(header.height + tableView.rows * Theme.rowHeight + 2, 440)
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                clip: true

                HorizontalHeaderView {
                    id: header
                    x: 1
                    y: 1
                    width: parent.width - 2
                    syncView: tableView
                    clip: true
                    delegate: Rectangle {
                        required property string display
                        implicitHeight: Theme.grow(28)
                        implicitWidth: 80
                        color: Theme.surfaceAlt
                        Text {
                            x: 8
                            anchors.verticalCenter: parent.verticalCenter
                            width: parent.width - 16
                            text: parent.display
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                    }
                }
                TableView {
                    id: tableView
                    objectName: "insightsTable"
                    x: 1
                    anchors.top: header.bottom
                    anchors.bottom: parent.bottom
                    width: parent.width - 2
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: detail.insights.table
                    columnWidthProvider: function(column) {
                        const w = detail.insights.table.columnWidth(column)
                        // The last column takes what is left.
                        if (column === columns - 1) {
                            let used = 0
                            for (let c = 0; c < columns - 1; ++c)
                                used += detail.insights.table.columnWidth(c)
                            return Math.max(w, tableView.width - used)
                        }
                        return w
                    }
                    onWidthChanged: forceLayout()
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: cell
                        required property string display
                        required property string link
                        required property int row
                        implicitHeight: Theme.rowHeight
                        color: row % 2 ? Theme.surfaceAlt : Theme.surface
                        Text {
                            x: 8
                            anchors.verticalCenter: parent.verticalCenter
                            width: parent.width - 16
                            text: cell.display
                            color: cell.link !== "" ? Theme.link : Theme.text
                            font.underline: cell.link !== "" && cellHover.hovered
                            elide: Text.ElideRight
                        }
                        HoverHandler {
                            id: cellHover
                            cursorShape: cell.link !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor
                        }
                        TapHandler {
                            enabled: cell.link !== ""
                            onTapped: detail.insights.openLink(cell.link)
                        }
                    }
                }
            }
        }
    }
}
