// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Models

// An API entity's definition: for OpenAPI and Swagger, its operations with
// their parameters and responses (click one to open it); for AsyncAPI,
// GraphQL, gRPC and others, the definition as text.
Column {
    id: tab
    required property EntityDetails details
    property int expanded: -1
    spacing: 8

    function methodColor(method: string): color {
        switch (method) {
        case "GET": return Theme.success
        case "POST": return Theme.accent
        case "PUT": return Theme.warning
        case "PATCH": return Theme.violet
        case "DELETE": return Theme.error
        default: return Theme.textSecondary
        }
    }

    Connections {
        target: tab.details
        function onRefChanged() { tab.expanded = -1 }
    }

    Text {
        width: parent.width
        visible: tab.details.apiSummary !== ""
        text: tab.details.apiSummary + "  ·  " + qsTr("%n operations", "", tab.details.apiOperations.length)
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize + 1
        wrapMode: Text.Wrap
    }
    Rectangle {
        width: parent.width
        visible: tab.details.apiError !== ""
        height: errorText.implicitHeight + 16
        radius: Theme.radius
        color: Theme.errorSoft
        Text {
            id: errorText
            x: 10
            y: 8
            width: parent.width - 20
            text: tab.details.apiError
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    Repeater {
        model: tab.details.apiOperations
        delegate: Rectangle {
            id: op
            required property var modelData
            required property int index
            readonly property bool open: tab.expanded === index
            width: tab.width
            height: opColumn.implicitHeight + 12
            radius: Theme.radius
            color: open ? Theme.surfaceAlt : Theme.surface
            border.color: opFocus.activeFocus ? Theme.focus : opMouse.containsMouse ? Theme.selectionBorder : Theme.border
            border.width: opFocus.activeFocus ? 2 : 1

            Column {
                id: opColumn
                x: 10
                y: 6
                width: parent.width - 20
                spacing: 6
                Row {
                    width: parent.width
                    spacing: 8
                    Rectangle {
                        width: 58
                        height: Theme.grow(20, 0.85)
                        radius: 4
                        color: Theme.tint(tab.methodColor(op.modelData.method), 0.12)
                        Text {
                            anchors.centerIn: parent
                            text: op.modelData.method
                            color: tab.methodColor(op.modelData.method)
                            font.pixelSize: Theme.smallFontSize
                            font.weight: Font.Bold
                        }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - 66
                        text: op.modelData.path + (op.modelData.summary !== "" ? "   " + op.modelData.summary : "")
                        font.family: Theme.monoFont
                        font.pixelSize: Theme.smallFontSize + 1
                        font.strikeout: op.modelData.deprecated
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                }
                Column {
                    visible: op.open
                    width: parent.width
                    spacing: 6
                    Text {
                        width: parent.width
                        visible: op.modelData.description !== ""
                        text: op.modelData.description
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Text {
                        visible: op.modelData.operationId !== ""
                        text: qsTr("Operation ID: %1").arg(op.modelData.operationId)
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize
                    }
                    Text {
                        visible: op.modelData.parameters.length > 0
                        text: qsTr("Parameters")
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Repeater {
                        model: op.modelData.parameters
                        Text {
                            required property var modelData
                            width: opColumn.width
                            wrapMode: Text.Wrap
                            textFormat: Text.StyledText
                            color: Theme.textSecondary
                            text: "<tt><b>" + modelData.name + "</b></tt>" + (modelData.required ? " <font color='" + Theme.error + "'>*</font>" : "")
                                  + " <font color='" + Theme.textMuted + "'>" + modelData["in"] + (modelData.type !== "" ? " · " + modelData.type : "") + "</font>"
                                  + (modelData.description !== "" ? " — " + modelData.description.replace(/</g, "&lt;") : "")
                        }
                    }
                    Text {
                        visible: op.modelData.requestBody !== ""
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: qsTr("Request body: %1").arg(op.modelData.requestBody)
                        color: Theme.textSecondary
                    }
                    Text {
                        visible: op.modelData.responses.length > 0
                        text: qsTr("Responses")
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Repeater {
                        model: op.modelData.responses
                        Text {
                            required property var modelData
                            width: opColumn.width
                            wrapMode: Text.Wrap
                            textFormat: Text.StyledText
                            color: Theme.textSecondary
                            text: "<tt><b>" + modelData.code + "</b></tt> " + modelData.description.replace(/</g, "&lt;")
                                  + (modelData.type !== "" ? " <font color='" + Theme.textMuted + "'>(" + modelData.type.replace(/</g, "&lt;") + ")</font>" : "")
                        }
                    }
                }
            }
            MouseArea {
                id: opMouse
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: tab.expanded = op.open ? -1 : op.index
            }
            // Keyboard: Tab reaches each operation, Space or Enter opens it.
            Item {
                id: opFocus
                anchors.fill: parent
                activeFocusOnTab: true
                Accessible.role: Accessible.Button
                Accessible.name: op.modelData.method + " " + op.modelData.path
                Keys.onSpacePressed: tab.expanded = op.open ? -1 : op.index
                Keys.onReturnPressed: tab.expanded = op.open ? -1 : op.index
            }
        }
    }

    // Other kinds of definition, or an OpenAPI one that could not be read.
    Rectangle {
        width: parent.width
        visible: tab.details.apiOperations.length === 0 && tab.details.apiDefinition !== ""
        height: definitionText.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surfaceAlt
        border.color: Theme.border
        TextEdit {
            id: definitionText
            objectName: "apiDefinitionText"
            x: 10
            y: 10
            width: parent.width - 20
            // Highlighted; long definitions (over 200 KB) as plain text,
            // which lays out much faster.
            readonly property bool rich: tab.details.apiDefinition.length < 200000
            text: !parent.visible ? "" : rich ? tab.details.apiDefinitionHtml : tab.details.apiDefinition
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: Theme.monoFont
            font.pixelSize: Theme.smallFontSize + 1
            color: Theme.text
            textFormat: rich ? TextEdit.RichText : TextEdit.PlainText
        }
    }
}
