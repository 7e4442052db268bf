// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A non-modal notice in a corner of the window ("Sync finished: ..."):
// it does not take focus, goes by itself after a while, and can be closed.
Rectangle {
    id: notice
    property string text: ""
    property bool error: false
    /** How long it stays, in ms; an error stays until closed. */
    property int timeout: 8000
    signal dismissed()

    visible: text !== ""
    implicitWidth: Math.min(480, row.implicitWidth + 24)
    implicitHeight: row.implicitHeight + 20
    radius: Theme.radius
    color: Theme.surface
    border.color: error ? Theme.error : Theme.borderStrong
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    onTextChanged: if (text !== "" && !error) hideTimer.restart()

    Timer {
        id: hideTimer
        interval: notice.timeout
        onTriggered: notice.dismissed()
    }

    // A soft shadow without effects (the software renderer draws it too).
    Rectangle {
        z: -1
        anchors.fill: parent
        anchors.topMargin: 3
        anchors.leftMargin: -1
        anchors.rightMargin: -1
        anchors.bottomMargin: -4
        radius: notice.radius + 2
        color: Theme.shadow
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 6
        anchors.topMargin: 10
        anchors.bottomMargin: 10
        spacing: 10
        Image {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 1
            source: notice.error ? "qrc:/icons/error.svg" : "qrc:/icons/ok.svg"
            sourceSize: Qt.size(16, 16)
        }
        Text {
            Layout.fillWidth: true
            Layout.maximumWidth: 400
            text: notice.text
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        ToolButton {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 26
            implicitHeight: 26
            icon.source: "qrc:/icons/close.svg"
            icon.width: 10
            icon.height: 10
            focusPolicy: Qt.TabFocus
            onClicked: notice.dismissed()
            Accessible.name: qsTr("Close notice")
        }
    }
}
