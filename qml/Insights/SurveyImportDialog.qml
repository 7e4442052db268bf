// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// Which columns of a survey export hold the 0–10 score, the comment and the
// date: guessed from the header, shown with the first rows, chosen by the
// user before anything is imported.
Dialog {
    id: dialog
    required property InsightsController insights
    property url file
    property var preview: ({})

    title: qsTr("Import a developer survey")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, Overlay.overlay ? Overlay.overlay.width - 80 : 720)
    objectName: "surveyImportDialog"

    /** Reads @p url's header and first rows, then opens. */
    function openFor(url) {
        file = url
        preview = insights.surveyPreview(url)
        const columns = preview.columns || []
        scoreBox.currentIndex = Math.max(0, columns.indexOf(preview.score || ""))
        commentBox.currentIndex = columns.indexOf(preview.comment || "") + 1
        dateBox.currentIndex = columns.indexOf(preview.date || "") + 1
        open()
    }

    readonly property var columns: preview.columns || []
    readonly property var optionalColumns: [qsTr("(none)")].concat(columns)

    footer: DialogButtonBox {
        ActionButton {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        ActionButton {
            primary: true
            text: qsTr("Import")
            enabled: dialog.columns.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    onAccepted: insights.importSurvey(file, columns[scoreBox.currentIndex],
                                      commentBox.currentIndex > 0 ? columns[commentBox.currentIndex - 1] : "",
                                      dateBox.currentIndex > 0 ? columns[dateBox.currentIndex - 1] : "")

    Column {
        width: parent.width
        spacing: 10

        Text {
            width: parent.width
            visible: (dialog.preview.error || "") !== ""
            text: dialog.preview.error || ""
            color: Theme.error
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            visible: dialog.columns.length > 0
            text: qsTr("%Ln rows. Choose the column with the 0–10 answer; a comment column gives the complaint themes, a date column the trend per quarter.", "", dialog.preview.rowCount || 0)
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        GridLayout {
            width: parent.width
            visible: dialog.columns.length > 0
            columns: 2
            columnSpacing: 12
            rowSpacing: 8
            Label { text: qsTr("Score (0–10)") }
            ComboBox {
                id: scoreBox
                Layout.fillWidth: true
                model: dialog.columns
                Accessible.name: qsTr("Score column")
            }
            Label { text: qsTr("Comment") }
            ComboBox {
                id: commentBox
                Layout.fillWidth: true
                model: dialog.optionalColumns
                Accessible.name: qsTr("Comment column")
            }
            Label { text: qsTr("Date") }
            ComboBox {
                id: dateBox
                Layout.fillWidth: true
                model: dialog.optionalColumns
                Accessible.name: qsTr("Date column")
            }
        }
        Text {
            visible: dialog.columns.length > 0
            text: qsTr("First rows")
            color: Theme.text
            font.weight: Font.DemiBold
        }
        Repeater {
            model: dialog.preview.rows || []
            Text {
                required property var modelData
                width: dialog.availableWidth
                text: modelData.join("  |  ")
                color: Theme.textSecondary
                font.family: Theme.monoFont
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
            }
        }
    }
}
