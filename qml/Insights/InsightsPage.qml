// SPDX-License-Identifier: Apache-2.0
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Insights section: a card per platform KPI and DORA metric with its
// band and trend, Play 1's "do we need an IDP?" signals, filters by team and
// system, imports of scaffolder task and survey exports, and a refresh of
// the GitHub data. A card opens the KPI in full (KpiDetail).
FocusScope {
    id: page
    required property AppController controller
    required property InsightsController insights

    focus: true

    FileDialog {
        id: tasksDialog
        title: qsTr("Import a Backstage scaffolder task export")
        nameFilters: [qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DownloadLocation)
        onAccepted: page.insights.importTasks(selectedFile)
    }
    FileDialog {
        id: surveyDialog
        title: qsTr("Import a developer survey export")
        nameFilters: [qsTr("CSV files (*.csv *.txt)"), qsTr("All files (*)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DownloadLocation)
        onAccepted: mapping.openFor(selectedFile)
    }
    SurveyImportDialog {
        id: mapping
        insights: page.insights
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.insights.selectedKpi === "" ? 0 : 1

        // --- The overview -------------------------------------------------------
        ColumnLayout {
            spacing: 0
            focus: page.insights.selectedKpi === ""

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: headerColumn.implicitHeight + 24
                color: Theme.surface
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
                ColumnLayout {
                    id: headerColumn
                    x: 24
                    y: 12
                    width: parent.width - 48
                    spacing: 8
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Text {
                            text: qsTr("Insights")
                            color: Theme.text
                            font.pixelSize: Theme.titleFontSize
                            font.weight: Font.DemiBold
                        }
                        Text {
                            Layout.leftMargin: 6
                            Layout.alignment: Qt.AlignBaseline
                            text: page.insights.windowText
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                        Item { Layout.fillWidth: true }
                        BusyIndicator {
                            implicitWidth: 22
                            implicitHeight: Theme.grow(22, 0.85)
                            running: page.insights.busy
                            visible: running
                        }
                        ActionButton {
                            objectName: "importTasksButton"
                            text: qsTr("Import tasks…")
                            enabled: !page.insights.busy
                            onClicked: tasksDialog.open()
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("A Backstage /api/scaffolder/v2/tasks export (JSON), for service creation lead time")
                        }
                        ActionButton {
                            objectName: "importSurveyButton"
                            text: qsTr("Import survey…")
                            enabled: !page.insights.busy
                            onClicked: surveyDialog.open()
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("A developer survey export (CSV with a 0–10 score column), for the developer NPS")
                        }
                        ActionButton {
                            objectName: "refreshInsightsButton"
                            primary: true
                            text: page.insights.refreshing ? qsTr("Refreshing…") : qsTr("Refresh")
                            icon.source: "qrc:/icons/sync-button.svg"
                            icon.width: 14
                            icon.height: 14
                            enabled: page.insights.canRefresh && !page.insights.busy
                            onClicked: page.insights.refresh()
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: page.insights.demo ? qsTr("The demo shows bundled data; it does not read GitHub.")
                                                             : qsTr("Read deployments, issues, pull requests and workflows from GitHub again")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        ComboBox {
                            id: periodBox
                            objectName: "insightsPeriod"
                            implicitWidth: Theme.scaled(130)
                            implicitHeight: Theme.grow(28)
                            textRole: "text"
                            valueRole: "value"
                            model: [{ value: "month", text: qsTr("By month") }, { value: "quarter", text: qsTr("By quarter") }]
                            Component.onCompleted: currentIndex = indexOfValue(page.insights.period)
                            onActivated: page.insights.period = currentValue
                            Accessible.name: qsTr("Period")
                        }
                        ComboBox {
                            id: windowBox
                            implicitWidth: Theme.scaled(170)
                            implicitHeight: Theme.grow(28)
                            textRole: "text"
                            valueRole: "value"
                            model: [{ value: 3, text: qsTr("Last 3 months") }, { value: 6, text: qsTr("Last 6 months") },
                                    { value: 12, text: qsTr("Last 12 months") }, { value: 24, text: qsTr("Last 24 months") }]
                            Component.onCompleted: currentIndex = indexOfValue(page.insights.windowMonths)
                            onActivated: page.insights.windowMonths = currentValue
                            Accessible.name: qsTr("Window")
                        }
                        ComboBox {
                            id: teamBox
                            objectName: "insightsTeam"
                            implicitWidth: Theme.scaled(200)
                            implicitHeight: Theme.grow(28)
                            textRole: "text"
                            valueRole: "value"
                            model: page.insights.teamOptions
                            onModelChanged: currentIndex = Math.max(0, indexOfValue(page.insights.team))
                            onActivated: page.insights.team = currentValue
                            Accessible.name: qsTr("Team")
                        }
                        ComboBox {
                            id: systemBox
                            objectName: "insightsSystem"
                            implicitWidth: Theme.scaled(220)
                            implicitHeight: Theme.grow(28)
                            textRole: "text"
                            valueRole: "value"
                            model: page.insights.systemOptions
                            onModelChanged: currentIndex = Math.max(0, indexOfValue(page.insights.system))
                            onActivated: page.insights.system = currentValue
                            Accessible.name: qsTr("System")
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                            text: page.insights.statusText
                            color: page.insights.demo ? Theme.warning : Theme.textMuted
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            ScrollView {
                id: scroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true

                Column {
                    id: content
                    x: 24
                    width: scroll.availableWidth - 48
                    spacing: 12
                    topPadding: 14
                    bottomPadding: 24

                    readonly property int columns: Math.max(1, Math.floor((width + 12) / Math.round(292 * Math.min(Theme.fontScale, 1.5))))
                    readonly property real cardWidth: (width - (columns - 1) * 12) / columns

                    Rectangle {
                        width: parent.width
                        visible: page.insights.error !== ""
                        radius: Theme.radius
                        color: Theme.errorSoft
                        height: errorText.height + 20
                        Text {
                            id: errorText
                            x: 12
                            y: 10
                            width: parent.width - 24
                            text: page.insights.error
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }

                    Repeater {
                        model: [{ cards: page.insights.platformCards, title: qsTr("Platform KPIs"), hint: qsTr("the playbook's Play 8 targets") },
                                { cards: page.insights.doraCards, title: qsTr("Software delivery (DORA)"), hint: qsTr("levels of the 2024 State of DevOps report") }]
                        Column {
                            id: section
                            required property var modelData
                            width: content.width
                            spacing: 8
                            Row {
                                spacing: 8
                                Text {
                                    text: section.modelData.title
                                    color: Theme.text
                                    font.pixelSize: Theme.headingFontSize
                                    font.weight: Font.DemiBold
                                }
                                Text {
                                    anchors.baseline: parent.children[0].baseline
                                    text: section.modelData.hint
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.smallFontSize
                                }
                            }
                            Flow {
                                width: parent.width
                                spacing: 12
                                Repeater {
                                    model: section.modelData.cards
                                    KpiCard {
                                        width: content.cardWidth
                                        onClicked: page.insights.selectedKpi = kpiId
                                    }
                                }
                            }
                        }
                    }

                    Column {
                        width: parent.width
                        spacing: 6
                        Text {
                            topPadding: 6
                            text: qsTr("Do we need an internal developer platform?")
                            color: Theme.text
                            font.pixelSize: Theme.headingFontSize
                            font.weight: Font.DemiBold
                        }
                        Text {
                            width: parent.width
                            text: qsTr("Play 1's conditions, measured on this catalog. ") + page.insights.signalSummary
                            color: Theme.textSecondary
                            wrapMode: Text.WordWrap
                        }
                        Rectangle {
                            width: parent.width
                            height: signalColumn.height + 2
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border
                            Column {
                                id: signalColumn
                                x: 1
                                y: 1
                                width: parent.width - 2
                                Repeater {
                                    model: page.insights.signalList
                                    Rectangle {
                                        id: signalRow
                                        required property var modelData
                                        required property int index
                                        width: signalColumn.width
                                        height: Math.max(Theme.rowHeight, signalDetail.implicitHeight + 12)
                                        color: index % 2 ? Theme.surfaceAlt : Theme.surface
                                        readonly property bool measured: modelData.fires === true || modelData.fires === false
                                        Rectangle {
                                            x: 12
                                            anchors.verticalCenter: parent.verticalCenter
                                            width: 10
                                            height: 10
                                            radius: 5
                                            color: !signalRow.measured ? Theme.bandColor(-1)
                                                   : signalRow.modelData.fires ? Theme.bandColor(0) : Theme.bandColor(3)
                                        }
                                        Text {
                                            x: 32
                                            width: parent.width * 0.28 - 32
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: signalRow.modelData.title
                                            color: Theme.text
                                            elide: Text.ElideRight
                                        }
                                        Text {
                                            x: parent.width * 0.28
                                            width: parent.width * 0.14
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: signalRow.measured ? signalRow.modelData.valueText : qsTr("not measured")
                                            color: signalRow.measured ? Theme.text : Theme.textMuted
                                            font.weight: Font.DemiBold
                                            elide: Text.ElideRight
                                        }
                                        Text {
                                            x: parent.width * 0.42
                                            width: parent.width * 0.2
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: signalRow.modelData.thresholdText
                                            color: Theme.textSecondary
                                            elide: Text.ElideRight
                                        }
                                        Text {
                                            id: signalDetail
                                            x: parent.width * 0.62
                                            width: parent.width * 0.38 - 12
                                            anchors.verticalCenter: parent.verticalCenter
                                            text: signalRow.measured ? signalRow.modelData.source : signalRow.modelData.missingReason
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.smallFontSize
                                            wrapMode: Text.WordWrap
                                            maximumLineCount: 2
                                            elide: Text.ElideRight
                                        }
                                    }
                                }
                            }
                        }
                    }

                    Repeater {
                        model: page.insights.problems
                        Text {
                            required property string modelData
                            width: content.width
                            text: "⚠  " + modelData
                            color: Theme.warning
                            font.pixelSize: Theme.smallFontSize
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }

        // --- One KPI --------------------------------------------------------------
        Loader {
            focus: page.insights.selectedKpi !== ""
            active: page.insights.selectedKpi !== ""
            sourceComponent: KpiDetail {
                insights: page.insights
                focus: true
                onBackRequested: page.insights.selectedKpi = ""
            }
        }
    }

    Notice {
        objectName: "insightsNotice"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: 16
        anchors.bottomMargin: 16
        text: page.insights.notice
        error: page.insights.error !== ""
        onDismissed: page.insights.dismissNotice()
    }
}
