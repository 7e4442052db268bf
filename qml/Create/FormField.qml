// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// One row of a TemplateForm: its label, the input its kind calls for, and
// its help, notice and error. The form model holds every value and rule;
// inputs only pass what the user did to it.
Item {
    id: field
    required property TemplateForm form
    required property int index
    required property string path
    required property string kind
    required property string title
    required property string description
    required property string help
    required property string placeholder
    required property bool isRequired
    required property bool autofocus
    required property int depth
    required property var value
    required property string text
    required property string error
    required property var options
    required property int selectedIndex
    required property string notice
    required property bool editable
    required property var repoParts
    required property int itemIndex

    readonly property bool heading: kind === "group" || kind === "objectlist" || kind === "objectitem"
    readonly property bool labelInside: kind === "boolean"

    implicitHeight: column.implicitHeight + (heading || labelInside ? 4 : 14)
    width: parent ? parent.width : 0

    /** Gives the keyboard to the input (ui:autofocus, Tab order). */
    function focusInput() {
        const item = inputLoader.item
        if (item)
            (item.focusTarget !== undefined && item.focusTarget ? item.focusTarget : item).forceActiveFocus()
    }

    ColumnLayout {
        id: column
        x: field.depth * 18
        width: parent.width - x
        spacing: 4

        RowLayout {
            visible: !field.labelInside
            Layout.topMargin: field.heading ? 10 : 0
            spacing: 6
            Text {
                text: field.kind === "objectitem" ? qsTr("Item %1").arg(field.itemIndex + 1) : field.title
                color: Theme.text
                font.pixelSize: field.heading ? Theme.fontSize + 1 : Theme.fontSize
                font.weight: Font.DemiBold
            }
            Text {
                visible: field.isRequired
                text: "*"
                color: Theme.error
                Accessible.ignored: true
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                visible: field.kind === "objectlist"
                text: qsTr("Add")
                implicitHeight: 26
                onClicked: field.form.addItem(field.path)
            }
            ActionButton {
                visible: field.kind === "objectitem"
                text: qsTr("Remove")
                implicitHeight: 26
                onClicked: {
                    const slash = field.path.lastIndexOf("/")
                    field.form.removeItem(field.path.substring(0, slash), field.itemIndex)
                }
            }
        }
        Text {
            visible: field.description !== "" && !field.labelInside
            Layout.fillWidth: true
            text: field.description
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize + 1
        }
        Rectangle {
            visible: field.heading && field.kind !== "objectitem"
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        Loader {
            id: inputLoader
            Layout.fillWidth: true
            Layout.maximumWidth: 560
            active: !field.heading && field.kind !== "unsupported"
            sourceComponent: {
                switch (field.kind) {
                case "textarea": return textAreaInput
                case "boolean": return checkInput
                case "select": case "oneof": case "entity": return comboInput
                case "radio": return radioInput
                case "multiselect": return checksInput
                case "entities": return entitiesInput
                case "repourl": return repoInput
                case "stringlist": case "tags": return listInput
                default: return textInput
                }
            }
            onLoaded: {
                if (field.autofocus)
                    Qt.callLater(field.focusInput)
            }
        }
        Text {
            visible: field.help !== ""
            Layout.fillWidth: true
            text: field.help
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.smallFontSize
        }
        Rectangle {
            visible: field.notice !== ""
            Layout.fillWidth: true
            Layout.maximumWidth: 560
            implicitHeight: noticeText.implicitHeight + 10
            radius: 4
            color: Theme.warningSoft
            Text {
                id: noticeText
                objectName: "fieldNotice"
                anchors.fill: parent
                anchors.margins: 5
                text: field.notice
                wrapMode: Text.Wrap
                color: Theme.warning
                font.pixelSize: Theme.smallFontSize + 1
            }
        }
        Text {
            objectName: "fieldError"
            visible: field.error !== ""
            Layout.fillWidth: true
            text: field.error
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.smallFontSize + 1
            Accessible.role: Accessible.AlertMessage
        }
    }

    Component {
        id: textInput
        TextField {
            id: textField
            objectName: "input-" + field.path
            // Follows the model except while typing: "2." must not become "2".
            Binding on text {
                when: !textField.activeFocus
                restoreMode: Binding.RestoreNone
                value: field.kind === "stringlist" || field.kind === "tags"
                       ? (Array.isArray(field.value) ? field.value.join(", ") : "") : field.text
            }
            placeholderText: field.placeholder !== "" ? field.placeholder
                             : (field.kind === "stringlist" || field.kind === "tags") ? qsTr("Comma-separated values") : ""
            echoMode: field.kind === "password" ? TextInput.Password : TextInput.Normal
            inputMethodHints: field.kind === "integer" || field.kind === "number" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
            selectByMouse: true
            Accessible.name: field.title
            onTextEdited: {
                if (field.kind === "stringlist" || field.kind === "tags")
                    field.form.setValue(field.path, text.split(",").map(s => s.trim()).filter(s => s !== ""))
                else
                    field.form.setValue(field.path, text)
            }
        }
    }
    Component {
        id: listInput
        // A list of strings (tags): the values as chips with a remove
        // button each, and a field where Enter or a comma adds one;
        // Backspace in the empty field removes the last. Tags offer the
        // catalog's own while typing.
        Column {
            id: listColumn
            objectName: "input-" + field.path
            spacing: 4
            readonly property Item focusTarget: entry
            readonly property var values: Array.isArray(field.value) ? field.value : []
            readonly property var suggestions: {
                const q = entry.text.trim().toLowerCase()
                if (q === "" || !field.options)
                    return []
                return field.options.filter(o => String(o.value).toLowerCase().startsWith(q)
                                                 && listColumn.values.indexOf(o.value) < 0).slice(0, 6)
            }
            function add(text) {
                const parts = text.split(",").map(t => t.trim()).filter(t => t !== "")
                for (const p of parts)
                    if (values.indexOf(p) < 0)
                        field.form.toggleValue(field.path, p, true)
                entry.clear()
            }
            Flow {
                width: parent.width
                spacing: 4
                visible: listColumn.values.length > 0
                Repeater {
                    model: listColumn.values
                    Rectangle {
                        required property string modelData
                        objectName: "listChip"
                        height: 24
                        width: chipText.implicitWidth + removeChip.width + 14
                        radius: 12
                        color: Theme.selection
                        border.color: removeChip.activeFocus ? Theme.accent : Theme.selectionBorder
                        Text {
                            id: chipText
                            x: 10
                            anchors.verticalCenter: parent.verticalCenter
                            text: parent.modelData
                            color: Theme.text
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                        ToolButton {
                            id: removeChip
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            width: 22
                            height: 22
                            text: "×"
                            Accessible.name: qsTr("Remove %1").arg(parent.modelData)
                            onClicked: field.form.toggleValue(field.path, parent.modelData, false)
                        }
                    }
                }
            }
            TextField {
                id: entry
                objectName: "listEntry"
                width: parent.width
                placeholderText: field.placeholder !== "" ? field.placeholder
                                 : field.kind === "tags" ? qsTr("Add a tag and press Enter") : qsTr("Add a value and press Enter")
                Accessible.name: field.title
                selectByMouse: true
                onTextEdited: if (text.indexOf(",") >= 0) listColumn.add(text)
                Keys.onReturnPressed: listColumn.add(listColumn.suggestions.length > 0 && text.trim() !== "" && listColumn.suggestions[0].value.toLowerCase() === text.trim().toLowerCase() ? listColumn.suggestions[0].value : text)
                Keys.onEnterPressed: listColumn.add(text)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_Backspace && text === "" && listColumn.values.length > 0) {
                        field.form.toggleValue(field.path, listColumn.values[listColumn.values.length - 1], false)
                        event.accepted = true
                    }
                }
            }
            Flow {
                width: parent.width
                spacing: 4
                visible: listColumn.suggestions.length > 0
                Repeater {
                    model: listColumn.suggestions
                    ActionButton {
                        required property var modelData
                        text: modelData.label
                        implicitHeight: 24
                        focusPolicy: Qt.NoFocus
                        onClicked: listColumn.add(String(modelData.value))
                    }
                }
            }
        }
    }
    Component {
        id: textAreaInput
        TextArea {
            id: textArea
            objectName: "input-" + field.path
            Binding on text {
                when: !textArea.activeFocus
                restoreMode: Binding.RestoreNone
                value: field.text
            }
            placeholderText: field.placeholder
            wrapMode: TextEdit.Wrap
            implicitHeight: Math.max(90, contentHeight + 16)
            selectByMouse: true
            Accessible.name: field.title
            background: Rectangle { border.color: parent.activeFocus ? Theme.accent : Theme.borderStrong; radius: 3 }
            KeyNavigation.priority: KeyNavigation.BeforeItem
            Keys.onTabPressed: (event) => { nextItemInFocusChain(true).forceActiveFocus(); event.accepted = true }
            onTextChanged: if (activeFocus) field.form.setValue(field.path, text)
        }
    }
    Component {
        id: checkInput
        CheckBox {
            objectName: "input-" + field.path
            text: field.title + (field.isRequired ? " *" : "")
            checked: field.value === true
            Accessible.name: field.title
            onToggled: field.form.setValue(field.path, checked)
        }
    }
    Component {
        id: comboInput
        ComboBox {
            id: combo
            objectName: "input-" + field.path
            model: field.options
            textRole: "label"
            valueRole: "value"
            editable: field.kind === "entity" && field.editable
            currentIndex: field.selectedIndex
            displayText: currentIndex < 0 ? (field.kind === "entity" && typeof field.value === "string" ? field.value : qsTr("Choose…")) : currentText
            Accessible.name: field.title
            onActivated: (i) => field.form.setOption(field.path, i)
            onAccepted: {
                const i = find(editText)
                if (i >= 0)
                    field.form.setOption(field.path, i)
                else
                    field.form.setValue(field.path, editText)
            }
        }
    }
    Component {
        id: radioInput
        Column {
            objectName: "input-" + field.path
            spacing: 0
            Repeater {
                model: field.options
                RadioButton {
                    required property var modelData
                    required property int index
                    text: modelData.label
                    checked: field.selectedIndex === index
                    onToggled: if (checked) field.form.setOption(field.path, index)
                }
            }
        }
    }
    Component {
        id: checksInput
        Column {
            objectName: "input-" + field.path
            spacing: 0
            Repeater {
                model: field.options
                CheckBox {
                    required property var modelData
                    text: modelData.label
                    checked: Array.isArray(field.value) && field.value.indexOf(modelData.value) >= 0
                    onToggled: field.form.toggleValue(field.path, modelData.value, checked)
                }
            }
        }
    }
    Component {
        id: entitiesInput
        // A picker of several: a filter field once the list is long, then
        // the entities as check boxes (Space toggles the current one).
        Column {
            objectName: "input-" + field.path
            spacing: 4
            readonly property Item focusTarget: filter.visible ? filter : list
            readonly property var shown: filter.text.trim() === "" ? field.options
                : field.options.filter(o => o.label.toLowerCase().indexOf(filter.text.trim().toLowerCase()) >= 0
                                           || String(o.value).toLowerCase().indexOf(filter.text.trim().toLowerCase()) >= 0)
            TextField {
                id: filter
                objectName: "entitiesFilter"
                visible: field.options.length > 6
                width: parent.width
                placeholderText: qsTr("Filter %Ln entities", "", field.options.length)
                Accessible.name: qsTr("Filter %1").arg(field.title)
                selectByMouse: true
                Keys.onDownPressed: list.forceActiveFocus()
            }
            Rectangle {
                width: parent.width
                implicitHeight: Math.min(180, list.contentHeight + 4)
                border.color: list.activeFocus ? Theme.accent : Theme.borderStrong
                radius: 3
                ListView {
                    id: list
                    objectName: "entitiesList"
                    anchors.fill: parent
                    anchors.margins: 2
                    clip: true
                    model: parent.parent.shown
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.name: field.title
                    Keys.onSpacePressed: {
                        const o = model[currentIndex]
                        if (o)
                            field.form.toggleValue(field.path, o.value, !(Array.isArray(field.value) && field.value.indexOf(o.value) >= 0))
                    }
                    delegate: CheckDelegate {
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        height: 28
                        text: modelData.label
                        highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                        focusPolicy: Qt.NoFocus
                        checked: Array.isArray(field.value) && field.value.indexOf(modelData.value) >= 0
                        onToggled: field.form.toggleValue(field.path, modelData.value, checked)
                    }
                }
            }
            Text {
                visible: filter.text.trim() !== "" && parent.shown.length === 0
                text: qsTr("No entity matches “%1”").arg(filter.text.trim())
                color: Theme.textMuted
                font.pixelSize: Theme.smallFontSize
            }
        }
    }
    Component {
        id: repoInput
        RowLayout {
            objectName: "input-" + field.path
            spacing: 6
            readonly property Item focusTarget: ownerLoader.item
            ComboBox {
                Layout.preferredWidth: 150
                model: field.repoParts ? field.repoParts.hosts : []
                currentIndex: field.repoParts ? Math.max(0, field.repoParts.hosts.indexOf(field.repoParts.host)) : 0
                Accessible.name: qsTr("Host")
                onActivated: (i) => field.form.setRepoPart(field.path, "host", field.repoParts.hosts[i])
            }
            Loader {
                id: ownerLoader
                Layout.fillWidth: true
                sourceComponent: field.repoParts && field.repoParts.owners.length > 0 ? ownerCombo : ownerText
            }
            Text { text: "/"; color: Theme.textMuted }
            Loader {
                Layout.fillWidth: true
                sourceComponent: field.repoParts && field.repoParts.repos.length > 0 ? repoCombo : repoText
            }
            Component {
                id: ownerText
                TextField {
                    objectName: "repoOwner"
                    text: field.repoParts ? field.repoParts.owner : ""
                    placeholderText: qsTr("Owner")
                    Accessible.name: qsTr("Owner")
                    onTextEdited: field.form.setRepoPart(field.path, "owner", text)
                }
            }
            Component {
                id: ownerCombo
                ComboBox {
                    model: field.repoParts.owners
                    currentIndex: field.repoParts.owners.indexOf(field.repoParts.owner)
                    displayText: currentIndex < 0 ? qsTr("Owner") : currentText
                    Accessible.name: qsTr("Owner")
                    onActivated: (i) => field.form.setRepoPart(field.path, "owner", field.repoParts.owners[i])
                }
            }
            Component {
                id: repoText
                TextField {
                    objectName: "repoName"
                    text: field.repoParts ? field.repoParts.repo : ""
                    placeholderText: qsTr("Repository")
                    Accessible.name: qsTr("Repository")
                    onTextEdited: field.form.setRepoPart(field.path, "repo", text)
                }
            }
            Component {
                id: repoCombo
                ComboBox {
                    model: field.repoParts.repos
                    currentIndex: field.repoParts.repos.indexOf(field.repoParts.repo)
                    displayText: currentIndex < 0 ? qsTr("Repository") : currentText
                    Accessible.name: qsTr("Repository")
                    onActivated: (i) => field.form.setRepoPart(field.path, "repo", field.repoParts.repos[i])
                }
            }
        }
    }
}
