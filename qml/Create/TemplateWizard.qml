// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// One template's wizard: the steps, one page of fields at a time, the
// review, then a dry run or the real run.
FocusScope {
    id: wizard
    required property TemplateForm form
    required property CreateController create
    signal closeRequested()
    signal entityRequested(string ref)

    readonly property bool runShown: create.status !== "idle"

    function focusFirstField() {
        for (let i = 0; i < fieldsRepeater.count; ++i) {
            const item = fieldsRepeater.itemAt(i)
            if (item && item.autofocus) {
                item.focusInput()
                return
            }
        }
        for (let i = 0; i < fieldsRepeater.count; ++i) {
            const item = fieldsRepeater.itemAt(i)
            if (item && !item.heading) {
                item.focusInput()
                return
            }
        }
    }

    Keys.onEscapePressed: {
        if (!create.running)
            wizard.closeRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        RowLayout {
            spacing: 10
            ActionButton {
                objectName: "backToGallery"
                Layout.alignment: Qt.AlignTop
                text: qsTr("Templates")
                icon.source: "qrc:/icons/back.svg"
                enabled: !wizard.create.running
                onClicked: wizard.closeRequested()
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Text {
                    text: wizard.form.title
                    color: Theme.text
                    font.pixelSize: Theme.titleFontSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    // Some templates hold a whole README here: the first lines only.
                    text: wizard.form.description
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }

        Text {
            visible: wizard.form.error !== ""
            text: wizard.form.error
            color: Theme.error
        }

        // The steps header.
        Row {
            objectName: "stepsHeader"
            spacing: 4
            visible: !wizard.runShown
            Repeater {
                model: wizard.form.stepTitles
                Row {
                    required property string modelData
                    required property int index
                    readonly property bool current: index === wizard.form.currentStep
                    readonly property bool done: index < wizard.form.currentStep
                    spacing: 6
                    Rectangle {
                        width: 22; height: 22; radius: 11
                        anchors.verticalCenter: parent.verticalCenter
                        color: parent.current || parent.done ? Theme.accent : Theme.surfaceAlt
                        border.color: parent.current || parent.done ? Theme.accent : Theme.borderStrong
                        Text {
                            anchors.centerIn: parent
                            text: parent.parent.done ? "✓" : (parent.parent.index + 1)
                            color: parent.parent.current || parent.parent.done ? Theme.accentText : Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: parent.modelData
                        color: parent.current ? Theme.text : Theme.textSecondary
                        font.weight: parent.current ? Font.DemiBold : Font.Normal
                    }
                    Rectangle {
                        visible: parent.index < wizard.form.stepTitles.length - 1
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28; height: 1
                        color: Theme.borderStrong
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            // A page of fields.
            ScrollView {
                id: pageScroll
                objectName: "formPage"
                anchors.fill: parent
                anchors.margins: 16
                visible: !wizard.form.reviewing && !wizard.runShown
                contentWidth: availableWidth
                clip: true
                Column {
                    width: pageScroll.availableWidth
                    spacing: 4
                    Text {
                        width: parent.width
                        text: wizard.form.pageTitle
                        color: Theme.text
                        font.pixelSize: Theme.headingFontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        width: parent.width
                        visible: text !== ""
                        text: wizard.form.pageDescription
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                        bottomPadding: 6
                    }
                    Repeater {
                        model: wizard.form.pageErrors
                        Text { required property string modelData; text: modelData; color: Theme.error; wrapMode: Text.Wrap; width: parent.width }
                    }
                    Item { width: 1; height: 6 }
                    Repeater {
                        id: fieldsRepeater
                        model: wizard.form
                        delegate: FormField {
                            form: wizard.form
                        }
                    }
                }
            }

            // The review.
            ScrollView {
                id: reviewScroll
                objectName: "reviewPage"
                anchors.fill: parent
                anchors.margins: 16
                visible: wizard.form.reviewing && !wizard.runShown
                contentWidth: availableWidth
                clip: true
                Column {
                    width: reviewScroll.availableWidth
                    spacing: 0
                    Text {
                        text: qsTr("Review")
                        color: Theme.text
                        font.pixelSize: Theme.headingFontSize
                        font.weight: Font.DemiBold
                        bottomPadding: 10
                    }
                    Repeater {
                        model: wizard.form.reviewItems
                        Column {
                            required property var modelData
                            required property int index
                            width: parent.width
                            readonly property bool firstOfStep: index === 0 || wizard.form.reviewItems[index - 1].step !== modelData.step
                            Text {
                                visible: parent.firstOfStep
                                text: parent.modelData.step
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallFontSize
                                font.capitalization: Font.AllUppercase
                                topPadding: 10
                                bottomPadding: 4
                            }
                            RowLayout {
                                width: parent.width
                                spacing: 12
                                Text {
                                    Layout.preferredWidth: 260
                                    text: parent.parent.modelData.title
                                    color: Theme.textSecondary
                                    wrapMode: Text.Wrap
                                    topPadding: 7
                                    bottomPadding: 7
                                }
                                Text {
                                    objectName: "reviewValue-" + parent.parent.modelData.path
                                    Layout.fillWidth: true
                                    text: parent.parent.modelData.value
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    topPadding: 7
                                    bottomPadding: 7
                                }
                            }
                            Rectangle { width: parent.width; height: 1; color: Theme.border; opacity: 0.6 }
                        }
                    }
                    Text {
                        visible: !wizard.create.available
                        topPadding: 14
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: qsTr("Running templates is not available in this build; the review shows what would be sent.")
                        color: Theme.textMuted
                    }
                }
            }

            TaskRunView {
                anchors.fill: parent
                anchors.margins: 16
                visible: wizard.runShown
                create: wizard.create
                onEntityRequested: (ref) => wizard.entityRequested(ref)
            }
        }

        RowLayout {
            spacing: 8
            ActionButton {
                objectName: "wizardBack"
                text: qsTr("Back")
                visible: !wizard.runShown
                enabled: wizard.form.canGoBack
                onClicked: wizard.form.back()
            }
            ActionButton {
                objectName: "formAgain"
                text: qsTr("Back to the form")
                visible: wizard.runShown && !wizard.create.running
                onClicked: wizard.create.clear()
            }
            Item { Layout.fillWidth: true }
            Text {
                visible: !wizard.form.reviewing && !wizard.form.pageValid && !wizard.runShown
                text: qsTr("Fill in the required fields to continue")
                color: Theme.textMuted
                font.pixelSize: Theme.smallFontSize + 1
            }
            ActionButton {
                objectName: "wizardNext"
                visible: !wizard.form.reviewing && !wizard.runShown
                primary: true
                text: wizard.form.currentStep === wizard.form.pageCount - 1 ? qsTr("Review") : qsTr("Next")
                enabled: wizard.form.pageValid
                onClicked: wizard.form.next()
            }
            ActionButton {
                objectName: "dryRun"
                visible: wizard.form.reviewing && !wizard.runShown
                enabled: wizard.create.available
                text: qsTr("Dry run")
                onClicked: wizard.create.startDryRun()
            }
            ActionButton {
                objectName: "createButton"
                visible: wizard.form.reviewing && !wizard.runShown
                enabled: wizard.create.available
                primary: true
                text: qsTr("Create")
                onClicked: wizard.create.create()
            }
        }
    }

    Connections {
        target: wizard.form
        function onCurrentStepChanged() { Qt.callLater(wizard.focusFirstField) }
    }
}
