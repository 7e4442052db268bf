// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One toast of ToastStack: a line about something that happened in the
// background, an optional action (Undo, Show problems, Open) and a close
// button. Nothing in it takes keyboard focus: a toast must never pull the
// cursor out of the field the user is typing in. Screen readers hear it as
// an alert.
Rectangle {
    id: toast
    // Filled from ToastModel's roles.
    required property int toastId
    required property string text
    required property string actionText
    required property bool error
    signal actionClicked()
    signal closeClicked()

    // The size follows the text's natural width, never the other way
    // round: a wrapped text whose width fed back into the toast's would
    // lay out forever.
    implicitWidth: row.implicitWidth + 18
    implicitHeight: row.implicitHeight + 16
    radius: Theme.radius
    color: Theme.surface
    border.color: error ? Theme.error : Theme.borderStrong
    activeFocusOnTab: false
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    // A soft shadow without effects (the software renderer draws it too).
    Rectangle {
        z: -1
        anchors.fill: parent
        anchors.topMargin: 3
        anchors.leftMargin: -1
        anchors.rightMargin: -1
        anchors.bottomMargin: -4
        radius: toast.radius + 2
        color: Theme.shadow
    }

    TextMetrics {
        id: metrics
        text: toast.text
        font: label.font
    }

    RowLayout {
        id: row
        x: 12
        y: 8
        spacing: 10
        Image {
            Layout.alignment: Qt.AlignVCenter
            source: toast.error ? "qrc:/icons/error.svg" : "qrc:/icons/ok.svg"
            sourceSize: Qt.size(16, 16)
            Accessible.ignored: true
        }
        Text {
            id: label
            Layout.preferredWidth: Math.min(Math.ceil(metrics.advanceWidth) + 2, 360)
            text: toast.text
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Button {
            objectName: "toastAction"
            visible: toast.actionText !== ""
            text: toast.actionText
            flat: true
            focusPolicy: Qt.NoFocus
            activeFocusOnTab: false
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
            palette.buttonText: Theme.accent
            onClicked: toast.actionClicked()
            Accessible.name: text
        }
        ToolButton {
            objectName: "toastClose"
            implicitWidth: 26
            implicitHeight: 26
            icon.source: "qrc:/icons/close.svg"
            icon.width: 10
            icon.height: 10
            focusPolicy: Qt.NoFocus
            activeFocusOnTab: false
            onClicked: toast.closeClicked()
            Accessible.name: qsTr("Close notification")
        }
    }
}
