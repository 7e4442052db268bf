// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Settings section: Atrium's sources as a form and, beside it, as the
// YAML that is saved. Both are checked as you type; problems show next to
// their field and, with line numbers, under the YAML.
FocusScope {
    id: page
    required property SettingsController settings
    /** Shows the About page over the settings (the button in the toolbar). */
    property bool aboutOpen: false

    focus: true

    component FormField: ColumnLayout {
        id: field
        required property string label
        property string help: ""
        property string error: ""
        property string warning: ""
        default property alias content: holder.data
        Layout.fillWidth: true
        spacing: 4
        Text {
            visible: text !== ""
            text: field.label
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
        }
        RowLayout {
            id: holder
            Layout.fillWidth: true
            spacing: 8
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: field.error !== "" ? field.error : field.warning !== "" ? field.warning : field.help
            color: field.error !== "" ? Theme.error : field.warning !== "" ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.smallFontSize + 1
            wrapMode: Text.Wrap
        }
    }
    component FormText: TextField {
        id: formText
        Layout.fillWidth: true
        implicitHeight: Theme.grow(32)
        selectByMouse: true
        font.pixelSize: Theme.fontSize
        // Fusion draws its frame from the window colour, faint on dark.
        background: Rectangle {
            radius: 3
            color: formText.enabled ? Theme.surface : Theme.surfaceAlt
            border.width: formText.activeFocus ? 2 : 1
            border.color: formText.activeFocus ? Theme.focus : Theme.borderStrong
        }
    }
    component SectionTitle: ColumnLayout {
        id: sectionTitle
        required property string text
        Layout.fillWidth: true
        Layout.topMargin: 8
        spacing: 6
        Text {
            text: sectionTitle.text
            color: Theme.text
            font.pixelSize: Theme.headingFontSize
            font.weight: Font.DemiBold
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
    }

    /** A section that folds away (the page is long), with "Reset section":
     *  that removes the section's keys from the file, unsaved until Save. */
    component FoldingTitle: ColumnLayout {
        id: foldingTitle
        required property string text
        required property string section
        property bool expanded: true
        Layout.fillWidth: true
        Layout.topMargin: 8
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            AbstractButton {
                id: foldButton
                objectName: foldingTitle.section + "Toggle"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.grow(28), foldRow.implicitHeight + 4)
                focusPolicy: Qt.StrongFocus
                checkable: true
                checked: foldingTitle.expanded
                onToggled: foldingTitle.expanded = checked
                Accessible.role: Accessible.Button
                Accessible.name: foldingTitle.text
                Accessible.description: foldingTitle.expanded ? qsTr("Expanded") : qsTr("Collapsed")
                contentItem: RowLayout {
                    id: foldRow
                    spacing: 6
                    Text {
                        text: foldingTitle.expanded ? "\u25BE" : "\u25B8"
                        color: Theme.textSecondary
                        font.pixelSize: Theme.headingFontSize
                    }
                    Text {
                        Layout.fillWidth: true
                        text: foldingTitle.text
                        color: Theme.text
                        font.pixelSize: Theme.headingFontSize
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                }
                background: Rectangle {
                    radius: 3
                    color: foldButton.hovered ? Theme.hover : "transparent"
                    border.width: foldButton.visualFocus ? 2 : 0
                    border.color: Theme.focus
                }
            }
            ActionButton {
                objectName: foldingTitle.section + "Reset"
                text: qsTr("Reset section")
                implicitHeight: Theme.grow(28)
                onClicked: page.settings.resetSection(foldingTitle.section)
                Accessible.name: qsTr("Reset section %1").arg(foldingTitle.text)
                ToolTip.visible: hovered || visualFocus
                ToolTip.delay: 600
                ToolTip.text: qsTr("Removes this section's keys from the file: Atrium's defaults apply. Not saved until you save.")
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
    }
    /** One entry of a list (a Backstage backend, an Argo CD instance):
     *  a framed group with its title and a Remove button. */
    component EntryBox: Rectangle {
        id: entryBox
        required property string title
        property string removeName: ""
        property string removeObjectName: ""
        default property alias content: entryColumn.data
        signal removeClicked()
        Layout.fillWidth: true
        implicitHeight: entryColumn.implicitHeight + 24
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: entryColumn
            x: 12
            y: 12
            width: parent.width - 24
            spacing: 10
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: entryBox.title
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                ActionButton {
                    objectName: entryBox.removeObjectName
                    text: qsTr("Remove")
                    onClicked: entryBox.removeClicked()
                    Accessible.name: entryBox.removeName
                }
            }
        }
    }

    /** Scrolls the form to the control Tab moved to: a Flickable does not
     *  follow the focus by itself, and a focus frame out of view helps nobody. */
    function revealFocus() {
        const item = page.Window.activeFocusItem
        const flick = formScroll.contentItem
        if (!item || !flick || !flick.contentItem)
            return
        let inside = false
        for (let p = item.parent; p && !inside; p = p.parent)
            inside = p === flick.contentItem
        if (!inside)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - 12)
        else if (top + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), top + item.height - flick.height + 12)
    }
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { page.revealFocus() }
    }

    function errorOf(name: string): string {
        const e = page.settings.fieldErrors[name]
        return e === undefined ? "" : e
    }
    function warningOf(name: string): string {
        const w = page.settings.fieldWarnings[name]
        return w === undefined ? "" : w
    }
    function insight(key: string): string {
        const v = page.settings.insights[key]
        return v === undefined ? "" : String(v)
    }

    Shortcut {
        sequences: [StandardKey.Save]
        enabled: page.visible && !page.aboutOpen
        onActivated: page.settings.save()
    }

    FileDialog {
        id: caBundleDialog
        title: qsTr("Choose the PEM file of your certificate authority")
        nameFilters: [qsTr("Certificates (*.pem *.crt *.cer)"), qsTr("All files (*)")]
        onAccepted: page.settings.caBundle = selectedFile.toString()
    }
    FileDialog {
        id: joinDatesDialog
        title: qsTr("Choose the CSV file of join dates")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: page.settings.setInsightsField("joinDates", selectedFile.toString())
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder with catalog files")
        onAccepted: page.settings.addLocalFolder(selectedFolder.toString())
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        visible: !page.aboutOpen
        spacing: 0

        // Toolbar
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.grow(64, 2.5)
            color: Theme.surface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 20
                anchors.rightMargin: 16
                spacing: 10
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        text: qsTr("Settings")
                        color: Theme.text
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: !page.settings.exists ? qsTr("%1 · not saved yet").arg(page.settings.configPath)
                              : page.settings.dirty ? qsTr("%1 · unsaved changes").arg(page.settings.configPath)
                              : page.settings.configPath
                        color: page.settings.dirty ? Theme.warning : Theme.textMuted
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideMiddle
                    }
                }
                ActionButton {
                    objectName: "aboutButton"
                    text: qsTr("About Atrium")
                    onClicked: page.aboutOpen = true
                }
                ActionButton {
                    objectName: "resetButton"
                    text: qsTr("Reset to defaults")
                    onClicked: page.settings.reset()
                }
                ActionButton {
                    objectName: "revertButton"
                    text: qsTr("Discard changes")
                    enabled: page.settings.dirty && page.settings.exists
                    onClicked: page.settings.revert()
                }
                ActionButton {
                    objectName: "saveButton"
                    text: qsTr("Save")
                    primary: true
                    enabled: page.settings.dirty && page.settings.valid
                    onClicked: page.settings.save()
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.delay: 600
                    ToolTip.text: page.settings.valid ? qsTr("Save to %1 (Ctrl+S)").arg(page.settings.configPath)
                                                      : qsTr("Fix the errors first")
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: page.settings.saveError !== ""
            implicitHeight: saveErrorText.implicitHeight + 20
            color: Theme.errorSoft
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 20
                anchors.rightMargin: 20
                spacing: 8
                Image {
                    source: "qrc:/icons/error.svg"
                    sourceSize: Qt.size(16, 16)
                }
                Text {
                    id: saveErrorText
                    Layout.fillWidth: true
                    text: page.settings.saveError
                    color: Theme.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSize
                }
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal
            handle: Rectangle {
                implicitWidth: 1
                color: SplitHandle.hovered || SplitHandle.pressed ? Theme.selectionBorder : Theme.border
            }

            // The form
            ScrollView {
                id: formScroll
                SplitView.fillWidth: true
                SplitView.minimumWidth: 420
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: Math.min(formScroll.availableWidth - 48, 640)
                    x: 24
                    spacing: 14

                    Item { implicitHeight: 4 }

                    // This computer's choices: applied at once, kept by the
                    // app (not in the YAML below, which a team shares).
                    SectionTitle { text: qsTr("Appearance") }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 14
                        FormField {
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Theme")
                            help: ThemeController.mode === "system"
                                  ? (ThemeController.systemDark ? qsTr("The system's colours: dark now.")
                                                                : qsTr("The system's colours: light now."))
                                  : ""
                            ComboBox {
                                id: themeBox
                                objectName: "themeBox"
                                Layout.fillWidth: true
                                implicitHeight: Theme.grow(28)
                                textRole: "text"
                                valueRole: "value"
                                model: [{ value: "system", text: qsTr("System") },
                                        { value: "light", text: qsTr("Light") },
                                        { value: "dark", text: qsTr("Dark") }]
                                currentIndex: Math.max(0, indexOfValue(ThemeController.mode))
                                onActivated: ThemeController.mode = currentValue
                                font.pixelSize: Theme.fontSize
                                Accessible.name: qsTr("Theme")
                            }
                        }
                        FormField {
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Text size")
                            ComboBox {
                                id: fontScaleBox
                                objectName: "fontScaleBox"
                                Layout.fillWidth: true
                                implicitHeight: Theme.grow(28)
                                textRole: "text"
                                valueRole: "value"
                                model: [100, 125, 150, 175, 200].map(p => ({ value: p / 100, text: qsTr("%1 %").arg(p) }))
                                currentIndex: {
                                    let best = 0
                                    for (let i = 1; i < model.length; ++i)
                                        if (Math.abs(model[i].value - ThemeController.fontScale)
                                                < Math.abs(model[best].value - ThemeController.fontScale))
                                            best = i
                                    return best
                                }
                                onActivated: ThemeController.fontScale = currentValue
                                font.pixelSize: Theme.fontSize
                                Accessible.name: qsTr("Text size")
                            }
                        }
                    }

                    SectionTitle { text: qsTr("GitHub") }
                    Switch {
                        objectName: "githubSwitch"
                        Layout.fillWidth: true
                        text: qsTr("Read catalog files from the repositories of a GitHub organisation")
                        checked: page.settings.githubEnabled
                        onToggled: page.settings.githubEnabled = checked
                        font.pixelSize: Theme.fontSize
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: page.settings.otherProviders > 0
                        wrapMode: Text.Wrap
                        text: qsTr("The YAML has %n more GitHub provider(s); edit them there.", "", page.settings.otherProviders)
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize + 1
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: page.settings.githubEnabled
                        spacing: 14

                        FormField {
                            label: qsTr("Organisation")
                            help: qsTr("The GitHub organisation whose repositories hold catalog-info.yaml files, e.g. acme.")
                            error: page.errorOf("organization")
                            FormText {
                                objectName: "organizationField"
                                text: page.settings.organization
                                placeholderText: qsTr("acme")
                                onTextEdited: page.settings.organization = text
                                Accessible.name: qsTr("Organisation")
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 14
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Host")
                                help: qsTr("github.com, or your GitHub Enterprise server.")
                                error: page.errorOf("host")
                                FormText {
                                    objectName: "hostField"
                                    text: page.settings.host
                                    placeholderText: "github.com"
                                    onTextEdited: page.settings.host = text
                                    Accessible.name: qsTr("Host")
                                }
                            }
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("API base URL")
                                help: qsTr("GitHub Enterprise only; empty for github.com.")
                                error: page.errorOf("apiBaseUrl")
                                FormText {
                                    objectName: "apiBaseUrlField"
                                    text: page.settings.apiBaseUrl
                                    placeholderText: "https://github.example.com/api/v3"
                                    onTextEdited: page.settings.apiBaseUrl = text
                                    Accessible.name: qsTr("API base URL")
                                }
                            }
                        }
                        FormField {
                            label: qsTr("CA bundle")
                            help: qsTr("GitHub Enterprise with a private certificate authority: its PEM file. Certificates are always verified.")
                            error: page.errorOf("caBundle")
                            warning: page.warningOf("caBundle")
                            FormText {
                                objectName: "caBundleField"
                                text: page.settings.caBundle
                                placeholderText: "/etc/ssl/our-ca.pem"
                                font.family: Theme.monoFont
                                onTextEdited: page.settings.caBundle = text
                                Accessible.name: qsTr("CA bundle")
                            }
                            ActionButton {
                                objectName: "caBundleBrowse"
                                text: qsTr("Browse…")
                                onClicked: caBundleDialog.open()
                                Accessible.name: qsTr("Browse for the CA bundle")
                            }
                        }
                        FormField {
                            label: qsTr("Catalog file")
                            help: qsTr("The file read in each repository, from its root.")
                            error: page.errorOf("catalogPath")
                            FormText {
                                objectName: "catalogPathField"
                                text: page.settings.catalogPath
                                placeholderText: "/catalog-info.yaml"
                                onTextEdited: page.settings.catalogPath = text
                                Accessible.name: qsTr("Catalog file")
                            }
                        }
                        FormField {
                            label: qsTr("Repository filter")
                            help: qsTr("A regular expression the whole repository name must match; empty: every repository.")
                            error: page.errorOf("repositoryFilter")
                            FormText {
                                objectName: "repositoryFilterField"
                                text: page.settings.repositoryFilter
                                placeholderText: "service-.*"
                                font.family: Theme.monoFont
                                onTextEdited: page.settings.repositoryFilter = text
                                Accessible.name: qsTr("Repository filter")
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 14
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Topics to include")
                                help: qsTr("Comma-separated; empty: any topic.")
                                error: page.errorOf("topicsInclude")
                                FormText {
                                    objectName: "topicsIncludeField"
                                    text: page.settings.topicsInclude
                                    placeholderText: qsTr("backstage, catalog")
                                    onTextEdited: page.settings.topicsInclude = text
                                    Accessible.name: qsTr("Topics to include")
                                }
                            }
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Topics to exclude")
                                help: qsTr("Wins over the included ones.")
                                error: page.errorOf("topicsExclude")
                                FormText {
                                    objectName: "topicsExcludeField"
                                    text: page.settings.topicsExclude
                                    placeholderText: qsTr("experimental")
                                    onTextEdited: page.settings.topicsExclude = text
                                    Accessible.name: qsTr("Topics to exclude")
                                }
                            }
                        }
                        FormField {
                            label: qsTr("Visibility")
                            help: qsTr("None ticked: every repository.")
                            error: page.errorOf("visibility")
                            Repeater {
                                model: [
                                    { value: "public", label: qsTr("Public") },
                                    { value: "private", label: qsTr("Private") },
                                    { value: "internal", label: qsTr("Internal") }
                                ]
                                CheckBox {
                                    required property var modelData
                                    text: modelData.label
                                    font.pixelSize: Theme.fontSize
                                    checked: page.settings.visibility.indexOf(modelData.value) >= 0
                                    onToggled: page.settings.setVisibilityEnabled(modelData.value, checked)
                                }
                            }
                        }
                        CheckBox {
                            objectName: "archivedCheck"
                            text: qsTr("Include archived repositories")
                            font.pixelSize: Theme.fontSize
                            checked: page.settings.allowArchived
                            onToggled: page.settings.allowArchived = checked
                        }
                        FormField {
                            label: qsTr("Sync every")
                            error: page.errorOf("scheduleMinutes")
                            help: qsTr("Atrium syncs on this schedule while it runs, and whenever you press Sync now (Ctrl+R).")
                            SpinBox {
                                objectName: "scheduleSpin"
                                from: 1
                                to: 10080
                                editable: true
                                value: page.settings.scheduleMinutes
                                onValueModified: page.settings.scheduleMinutes = value
                                Accessible.name: qsTr("Sync every (minutes)")
                            }
                            Text {
                                text: qsTr("minutes")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSize
                            }
                        }
                        FormField {
                            label: qsTr("Time out after")
                            error: page.errorOf("scheduleTimeout")
                            help: qsTr("A sync that takes longer is stopped; the previous catalog stays.")
                            SpinBox {
                                objectName: "timeoutSpin"
                                from: 1
                                to: 10080
                                editable: true
                                value: page.settings.scheduleTimeoutMinutes
                                onValueModified: page.settings.scheduleTimeoutMinutes = value
                                Accessible.name: qsTr("Time out after (minutes)")
                            }
                            Text {
                                text: qsTr("minutes")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSize
                            }
                        }
                    }

                    SectionTitle { text: qsTr("Local folders") }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Folders on this computer with catalog files, read as “atrium catalog import” does (catalog.locations of type file).")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize + 1
                    }
                    Repeater {
                        model: page.settings.localFolders
                        FormField {
                            id: folderField
                            required property int index
                            required property string modelData
                            label: ""
                            error: page.errorOf("folder." + index)
                            warning: page.warningOf("folder." + index)
                            Text {
                                Layout.fillWidth: true
                                text: folderField.modelData
                                color: Theme.text
                                font.family: Theme.monoFont
                                font.pixelSize: Theme.fontSize
                                elide: Text.ElideMiddle
                            }
                            ActionButton {
                                text: qsTr("Remove")
                                onClicked: page.settings.removeLocalFolder(folderField.index)
                                Accessible.name: qsTr("Remove %1").arg(folderField.modelData)
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        FormText {
                            id: folderInput
                            objectName: "folderInput"
                            placeholderText: qsTr("/path/to/catalog")
                            onAccepted: if (page.settings.addLocalFolder(text)) clear()
                            Accessible.name: qsTr("Folder to add")
                        }
                        ActionButton {
                            text: qsTr("Add")
                            enabled: folderInput.text.trim() !== ""
                            onClicked: if (page.settings.addLocalFolder(folderInput.text)) folderInput.clear()
                        }
                        ActionButton {
                            text: qsTr("Browse…")
                            onClicked: folderDialog.open()
                        }
                    }

                    // Backstage backends (atrium.backstage)
                    FoldingTitle {
                        id: backstageTitle
                        text: qsTr("Backstage backends")
                        section: "backstage"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: backstageTitle.expanded
                        spacing: 14
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("Existing Backstage backends whose catalog is a source (as backstage:NAME) and whose scaffolder runs their templates. Their tokens are kept in the keychain, never here.")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                        Repeater {
                            model: page.settings.backstageCount
                            EntryBox {
                                id: backstageEntry
                                required property int index
                                readonly property var entry: page.settings.backstageBackends[index] || ({})
                                readonly property string prefix: "backstage." + index + "."
                                title: entry.name ? qsTr("Backend %1").arg(entry.name) : qsTr("Backend %1").arg(index + 1)
                                removeObjectName: "backstageRemove." + index
                                removeName: qsTr("Remove Backstage backend %1").arg(entry.name ? entry.name : index + 1)
                                onRemoveClicked: page.settings.removeBackstageBackend(index)
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: 14
                                    FormField {
                                        Layout.preferredWidth: 1
                                        Layout.alignment: Qt.AlignTop
                                        label: qsTr("Name")
                                        help: qsTr("Empty: the host's name.")
                                        error: page.errorOf(backstageEntry.prefix + "name")
                                        FormText {
                                            objectName: "backstageName." + backstageEntry.index
                                            text: backstageEntry.entry.name || ""
                                            placeholderText: "corp"
                                            onTextEdited: page.settings.setBackstageField(backstageEntry.index, "name", text)
                                            Accessible.name: qsTr("Name of Backstage backend %1").arg(backstageEntry.index + 1)
                                        }
                                    }
                                    FormField {
                                        Layout.preferredWidth: 2
                                        Layout.alignment: Qt.AlignTop
                                        label: qsTr("Base URL")
                                        error: page.errorOf(backstageEntry.prefix + "baseUrl")
                                        warning: page.warningOf(backstageEntry.prefix + "baseUrl")
                                        FormText {
                                            objectName: "backstageUrl." + backstageEntry.index
                                            text: backstageEntry.entry.baseUrl || ""
                                            placeholderText: "https://backstage.example.com"
                                            onTextEdited: page.settings.setBackstageField(backstageEntry.index, "baseUrl", text)
                                            Accessible.name: qsTr("Base URL of Backstage backend %1").arg(backstageEntry.index + 1)
                                        }
                                    }
                                }
                                FormField {
                                    label: qsTr("Catalog filters")
                                    help: qsTr("The catalog API's filters, separated by “;”: kind=component; kind=template. A comma inside one filter means both conditions. Empty: every entity.")
                                    error: page.errorOf(backstageEntry.prefix + "filter")
                                    FormText {
                                        objectName: "backstageFilter." + backstageEntry.index
                                        text: backstageEntry.entry.filter || ""
                                        placeholderText: "kind=component; kind=template"
                                        font.family: Theme.monoFont
                                        onTextEdited: page.settings.setBackstageField(backstageEntry.index, "filter", text)
                                        Accessible.name: qsTr("Catalog filters of Backstage backend %1").arg(backstageEntry.index + 1)
                                    }
                                }
                                FormField {
                                    label: ""
                                    error: page.errorOf(backstageEntry.prefix + "docs")
                                    CheckBox {
                                        objectName: "backstageDocs." + backstageEntry.index
                                        text: qsTr("Read its TechDocs")
                                        font.pixelSize: Theme.fontSize
                                        checked: backstageEntry.entry.docs !== false
                                        onToggled: page.settings.setBackstageField(backstageEntry.index, "docs", checked)
                                        Accessible.name: qsTr("Read the TechDocs of Backstage backend %1").arg(backstageEntry.index + 1)
                                    }
                                }
                            }
                        }
                        FormField {
                            id: addBackstage
                            property bool refused: false
                            label: qsTr("Add a backend")
                            error: refused ? qsTr("Not added: the name is taken or not allowed, or the URL is not https.") : ""
                            function add() {
                                refused = !page.settings.addBackstageBackend(backstageNameInput.text, backstageUrlInput.text)
                                if (!refused) {
                                    backstageNameInput.clear()
                                    backstageUrlInput.clear()
                                }
                            }
                            FormText {
                                id: backstageNameInput
                                objectName: "backstageNameInput"
                                Layout.fillWidth: false
                                Layout.preferredWidth: Theme.grow(110)
                                placeholderText: qsTr("name")
                                onTextEdited: addBackstage.refused = false
                                onAccepted: addBackstage.add()
                                Accessible.name: qsTr("Name of the backend to add")
                            }
                            FormText {
                                id: backstageUrlInput
                                objectName: "backstageUrlInput"
                                placeholderText: "https://backstage.example.com"
                                onTextEdited: addBackstage.refused = false
                                onAccepted: addBackstage.add()
                                Accessible.name: qsTr("Base URL of the backend to add")
                            }
                            ActionButton {
                                objectName: "backstageAddButton"
                                text: qsTr("Add")
                                enabled: backstageUrlInput.text.trim() !== ""
                                onClicked: addBackstage.add()
                                Accessible.name: qsTr("Add the Backstage backend")
                            }
                        }
                    }

                    // Argo CD (argocd.appLocatorMethods[].instances[])
                    FoldingTitle {
                        id: argoTitle
                        text: qsTr("Argo CD")
                        section: "argocd"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: argoTitle.expanded
                        spacing: 14
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("Instances the argocd:create-resources action of templates creates applications on, chosen by name.")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                        Repeater {
                            model: page.settings.argoCount
                            EntryBox {
                                id: argoEntry
                                required property int index
                                readonly property var entry: page.settings.argoInstances[index] || ({})
                                readonly property string prefix: "argo." + index + "."
                                title: entry.name ? qsTr("Instance %1").arg(entry.name) : qsTr("Instance %1").arg(index + 1)
                                removeObjectName: "argoRemove." + index
                                removeName: qsTr("Remove Argo CD instance %1").arg(entry.name ? entry.name : index + 1)
                                onRemoveClicked: page.settings.removeArgoInstance(index)
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: 14
                                    FormField {
                                        Layout.preferredWidth: 1
                                        Layout.alignment: Qt.AlignTop
                                        label: qsTr("Name")
                                        error: page.errorOf(argoEntry.prefix + "name")
                                        FormText {
                                            objectName: "argoName." + argoEntry.index
                                            text: argoEntry.entry.name || ""
                                            placeholderText: "main"
                                            onTextEdited: page.settings.setArgoField(argoEntry.index, "name", text)
                                            Accessible.name: qsTr("Name of Argo CD instance %1").arg(argoEntry.index + 1)
                                        }
                                    }
                                    FormField {
                                        Layout.preferredWidth: 2
                                        Layout.alignment: Qt.AlignTop
                                        label: qsTr("URL")
                                        error: page.errorOf(argoEntry.prefix + "url")
                                        warning: page.warningOf(argoEntry.prefix + "url")
                                        FormText {
                                            objectName: "argoUrl." + argoEntry.index
                                            text: argoEntry.entry.url || ""
                                            placeholderText: "https://argocd.example.com"
                                            onTextEdited: page.settings.setArgoField(argoEntry.index, "url", text)
                                            Accessible.name: qsTr("URL of Argo CD instance %1").arg(argoEntry.index + 1)
                                        }
                                    }
                                }
                                FormField {
                                    objectName: "argoTokenField." + argoEntry.index
                                    label: qsTr("Token")
                                    help: qsTr("An environment variable, written ${ARGOCD_TOKEN}: never the token itself, which anyone who reads the file would see.")
                                    error: page.errorOf(argoEntry.prefix + "token")
                                    warning: page.warningOf(argoEntry.prefix + "token")
                                    FormText {
                                        objectName: "argoToken." + argoEntry.index
                                        text: argoEntry.entry.token || ""
                                        placeholderText: "${ARGOCD_TOKEN}"
                                        font.family: Theme.monoFont
                                        onTextEdited: page.settings.setArgoField(argoEntry.index, "token", text)
                                        Accessible.name: qsTr("Token variable of Argo CD instance %1").arg(argoEntry.index + 1)
                                    }
                                }
                            }
                        }
                        FormField {
                            id: addArgo
                            property bool refused: false
                            label: qsTr("Add an instance")
                            error: refused ? qsTr("Not added: give a name no other instance has and an http(s) URL.") : ""
                            function add() {
                                refused = !page.settings.addArgoInstance(argoNameInput.text, argoUrlInput.text)
                                if (!refused) {
                                    argoNameInput.clear()
                                    argoUrlInput.clear()
                                }
                            }
                            FormText {
                                id: argoNameInput
                                objectName: "argoNameInput"
                                Layout.fillWidth: false
                                Layout.preferredWidth: Theme.grow(110)
                                placeholderText: qsTr("name")
                                onTextEdited: addArgo.refused = false
                                onAccepted: addArgo.add()
                                Accessible.name: qsTr("Name of the instance to add")
                            }
                            FormText {
                                id: argoUrlInput
                                objectName: "argoUrlInput"
                                placeholderText: "https://argocd.example.com"
                                onTextEdited: addArgo.refused = false
                                onAccepted: addArgo.add()
                                Accessible.name: qsTr("URL of the instance to add")
                            }
                            ActionButton {
                                objectName: "argoAddButton"
                                text: qsTr("Add")
                                enabled: argoNameInput.text.trim() !== "" && argoUrlInput.text.trim() !== ""
                                onClicked: addArgo.add()
                                Accessible.name: qsTr("Add the Argo CD instance")
                            }
                        }
                    }

                    // Insights (insights:)
                    FoldingTitle {
                        id: insightsTitle
                        text: qsTr("Insights")
                        section: "insights"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: insightsTitle.expanded
                        spacing: 14
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("What the Insights page reads from GitHub. Every field is optional; lists are comma-separated.")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 14
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("GitHub host")
                                help: qsTr("Empty: github.com.")
                                error: page.errorOf("insights.host")
                                FormText {
                                    objectName: "insightsHostField"
                                    text: page.insight("host")
                                    placeholderText: "github.com"
                                    onTextEdited: page.settings.setInsightsField("host", text)
                                    Accessible.name: qsTr("Insights GitHub host")
                                }
                            }
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Pages read")
                                help: qsTr("Of 100 records, per list and repository.")
                                error: page.errorOf("insights.maxPages")
                                SpinBox {
                                    objectName: "maxPagesSpin"
                                    from: 1
                                    to: 1000
                                    editable: true
                                    value: Number(page.insight("maxPages")) || 10
                                    onValueModified: page.settings.setInsightsField("maxPages", value)
                                    Accessible.name: qsTr("Pages read per list and repository")
                                }
                            }
                        }
                        FormField {
                            label: qsTr("More repositories")
                            help: qsTr("owner/name, besides those catalog entities name in github.com/project-slug.")
                            error: page.errorOf("insights.repositories")
                            FormText {
                                objectName: "insightsRepositoriesField"
                                text: page.insight("repositories")
                                placeholderText: "acme/billing, acme/web"
                                onTextEdited: page.settings.setInsightsField("repositories", text)
                                Accessible.name: qsTr("More repositories")
                            }
                        }
                        FormField {
                            label: qsTr("Golden path workflows")
                            help: qsTr("Reusable workflows whose use counts as the golden path; * matches anything.")
                            error: page.errorOf("insights.goldenPathUses")
                            FormText {
                                objectName: "goldenPathField"
                                text: page.insight("goldenPathUses")
                                placeholderText: "acme/golden-workflows/.github/workflows/golden-*.yml@*"
                                font.family: Theme.monoFont
                                onTextEdited: page.settings.setInsightsField("goldenPathUses", text)
                                Accessible.name: qsTr("Golden path workflows")
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 14
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Template annotation")
                                help: qsTr("Empty: backstage.io/source-template.")
                                error: page.errorOf("insights.templateAnnotation")
                                FormText {
                                    objectName: "templateAnnotationField"
                                    text: page.insight("templateAnnotation")
                                    placeholderText: "backstage.io/source-template"
                                    onTextEdited: page.settings.setInsightsField("templateAnnotation", text)
                                    Accessible.name: qsTr("Template annotation")
                                }
                            }
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Cost attribution key")
                                help: qsTr("An annotation or label; empty: no cost view.")
                                error: page.errorOf("insights.costKey")
                                FormText {
                                    objectName: "costKeyField"
                                    text: page.insight("costKey")
                                    placeholderText: "acme.io/cost-center"
                                    onTextEdited: page.settings.setInsightsField("costKey", text)
                                    Accessible.name: qsTr("Cost attribution key")
                                }
                            }
                        }
                        FormField {
                            label: qsTr("Deployments come from")
                            error: page.errorOf("insights.deploymentSource")
                            ComboBox {
                                id: deploymentSourceBox
                                objectName: "deploymentSourceBox"
                                Layout.fillWidth: true
                                implicitHeight: Theme.grow(28)
                                textRole: "text"
                                valueRole: "value"
                                model: [{ value: "deployments", text: qsTr("GitHub deployments to one environment") },
                                        { value: "releases", text: qsTr("Published releases") },
                                        { value: "workflow-runs", text: qsTr("Workflow runs on the default branch") }]
                                currentIndex: ["deployments", "releases", "workflow-runs"].indexOf(page.insight("deploymentSource"))
                                onActivated: page.settings.setInsightsField("deploymentSource", currentValue)
                                font.pixelSize: Theme.fontSize
                                Accessible.name: qsTr("Deployments come from")
                            }
                        }
                        FormField {
                            visible: page.insight("deploymentSource") === "deployments"
                            label: qsTr("Environment")
                            help: qsTr("Empty: production.")
                            error: page.errorOf("insights.environment")
                            FormText {
                                objectName: "environmentField"
                                text: page.insight("environment")
                                placeholderText: "production"
                                onTextEdited: page.settings.setInsightsField("environment", text)
                                Accessible.name: qsTr("Deployment environment")
                            }
                        }
                        FormField {
                            visible: page.insight("deploymentSource") === "workflow-runs"
                            label: qsTr("Workflow file")
                            help: qsTr("Only this workflow's runs; empty: every workflow.")
                            error: page.errorOf("insights.workflow")
                            FormText {
                                objectName: "workflowField"
                                text: page.insight("workflow")
                                placeholderText: "deploy.yml"
                                onTextEdited: page.settings.setInsightsField("workflow", text)
                                Accessible.name: qsTr("Deployment workflow file")
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 14
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Ticket labels")
                                help: qsTr("An issue with any of them is a ticket.")
                                error: page.errorOf("insights.ticketLabels")
                                FormText {
                                    objectName: "ticketLabelsField"
                                    text: page.insight("ticketLabels")
                                    placeholderText: "infra, platform-request"
                                    onTextEdited: page.settings.setInsightsField("ticketLabels", text)
                                    Accessible.name: qsTr("Ticket labels")
                                }
                            }
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Ticket repositories")
                                help: qsTr("Empty: every repository read.")
                                error: page.errorOf("insights.ticketRepositories")
                                FormText {
                                    objectName: "ticketRepositoriesField"
                                    text: page.insight("ticketRepositories")
                                    placeholderText: "acme/platform-requests"
                                    onTextEdited: page.settings.setInsightsField("ticketRepositories", text)
                                    Accessible.name: qsTr("Ticket repositories")
                                }
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 14
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Incident label")
                                help: qsTr("Empty: incident.")
                                error: page.errorOf("insights.incidentLabel")
                                FormText {
                                    objectName: "incidentLabelField"
                                    text: page.insight("incidentLabel")
                                    placeholderText: "incident"
                                    onTextEdited: page.settings.setInsightsField("incidentLabel", text)
                                    Accessible.name: qsTr("Incident label")
                                }
                            }
                            FormField {
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Incident repositories")
                                help: qsTr("Empty: every repository read.")
                                error: page.errorOf("insights.incidentRepositories")
                                FormText {
                                    objectName: "incidentRepositoriesField"
                                    text: page.insight("incidentRepositories")
                                    placeholderText: "acme/incidents"
                                    onTextEdited: page.settings.setInsightsField("incidentRepositories", text)
                                    Accessible.name: qsTr("Incident repositories")
                                }
                            }
                        }
                        FormField {
                            label: qsTr("Join dates")
                            help: qsTr("A CSV file with the columns login and joined; empty: each author's first pull request.")
                            error: page.errorOf("insights.joinDates")
                            FormText {
                                objectName: "joinDatesField"
                                text: page.insight("joinDates")
                                placeholderText: "/path/joined.csv"
                                font.family: Theme.monoFont
                                onTextEdited: page.settings.setInsightsField("joinDates", text)
                                Accessible.name: qsTr("Join dates file")
                            }
                            ActionButton {
                                text: qsTr("Browse…")
                                onClicked: joinDatesDialog.open()
                                Accessible.name: qsTr("Browse for the join dates file")
                            }
                        }
                    }

                    Text {
                        Layout.fillWidth: true
                        visible: page.settings.otherProblems !== ""
                        wrapMode: Text.Wrap
                        text: page.settings.otherProblems
                        color: Theme.error
                        font.pixelSize: Theme.smallFontSize + 1
                    }
                    Item { implicitHeight: 16 }
                }
            }

            // The YAML
            Rectangle {
                SplitView.preferredWidth: Math.max(380, page.width * 0.42)
                SplitView.minimumWidth: 320
                color: Theme.surface

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 12
                        implicitHeight: 40
                        spacing: 10
                        Text {
                            text: qsTr("Edit as YAML")
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            font.weight: Font.DemiBold
                        }
                        Item { Layout.fillWidth: true }
                        Image {
                            source: page.settings.errorCount > 0 ? "qrc:/icons/error.svg"
                                  : page.settings.warningCount > 0 ? "qrc:/icons/warning.svg" : "qrc:/icons/ok.svg"
                            sourceSize: Qt.size(13, 13)
                        }
                        Text {
                            text: {
                                const parts = []
                                if (page.settings.errorCount > 0)
                                    parts.push(qsTr("%Ln error(s)", "", page.settings.errorCount))
                                if (page.settings.warningCount > 0)
                                    parts.push(qsTr("%Ln warning(s)", "", page.settings.warningCount))
                                return parts.length === 0 ? qsTr("Valid") : parts.join(", ")
                            }
                            color: page.settings.errorCount > 0 ? Theme.error : Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize + 1
                        }
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.border
                    }

                    ScrollView {
                        id: yamlScroll
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true

                        Row {
                            // Line numbers, red where a problem is.
                            Column {
                                id: gutter
                                topPadding: yamlEdit.topPadding
                                width: 44
                                Repeater {
                                    model: page.settings.lineCount
                                    Text {
                                        required property int index
                                        width: gutter.width - 8
                                        horizontalAlignment: Text.AlignRight
                                        text: index + 1
                                        font.family: Theme.monoFont
                                        font.pixelSize: Theme.scaled(12)
                                        color: page.settings.errorLines.indexOf(index + 1) >= 0 ? Theme.error
                                             : page.settings.warningLines.indexOf(index + 1) >= 0 ? Theme.warning
                                             : Theme.textMuted
                                        font.weight: page.settings.errorLines.indexOf(index + 1) >= 0 ? Font.Bold : Font.Normal
                                    }
                                }
                            }
                            TextArea {
                                id: yamlEdit
                                objectName: "yamlEditor"
                                width: Math.max(implicitWidth, yamlScroll.availableWidth - gutter.width)
                                text: page.settings.yamlText
                                onTextChanged: if (text !== page.settings.yamlText) page.settings.yamlText = text
                                font.family: Theme.monoFont
                                font.pixelSize: Theme.scaled(12)
                                wrapMode: TextEdit.NoWrap
                                selectByMouse: true
                                leftPadding: 6
                                // YAML indents with spaces, never tabs: Tab leaves the
                                // editor, as everywhere else, instead of trapping the keyboard.
                                Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                                Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                                background: null
                                Accessible.name: qsTr("Configuration as YAML")
                            }
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.border
                        visible: yamlProblems.count > 0
                    }
                    ListView {
                        id: yamlProblems
                        objectName: "yamlProblems"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(contentHeight, 150)
                        visible: count > 0
                        clip: true
                        model: page.settings.problems
                        activeFocusOnTab: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        Keys.onReturnPressed: currentItem && currentItem.jump()
                        delegate: Rectangle {
                            id: problem
                            required property int index
                            required property string severity
                            required property int line
                            required property int column
                            required property string message
                            width: ListView.view.width
                            height: Math.max(26, problemText.implicitHeight + 8)
                            color: ListView.isCurrentItem && yamlProblems.activeFocus ? Theme.selection
                                   : problemHover.hovered ? Theme.hover : "transparent"
                            function jump() {
                                yamlEdit.forceActiveFocus()
                                yamlEdit.cursorPosition = page.settings.offsetOf(line, column)
                            }
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: 12
                                anchors.rightMargin: 12
                                spacing: 8
                                Image {
                                    source: problem.severity === "error" ? "qrc:/icons/error.svg" : "qrc:/icons/warning.svg"
                                    sourceSize: Qt.size(12, 12)
                                }
                                Text {
                                    text: problem.line > 0 ? qsTr("Line %1").arg(problem.line) : ""
                                    color: Theme.textSecondary
                                    font.family: Theme.monoFont
                                    font.pixelSize: Theme.smallFontSize + 1
                                }
                                Text {
                                    id: problemText
                                    Layout.fillWidth: true
                                    text: problem.message
                                    color: Theme.text
                                    font.pixelSize: Theme.smallFontSize + 1
                                    wrapMode: Text.Wrap
                                }
                            }
                            HoverHandler {
                                id: problemHover
                                cursorShape: Qt.PointingHandCursor
                            }
                            TapHandler {
                                onTapped: problem.jump()
                            }
                        }
                    }
                }
            }
        }
    }

    Loader {
        objectName: "aboutLoader"
        anchors.fill: parent
        active: page.aboutOpen
        focus: page.aboutOpen
        sourceComponent: AboutPage {
            focus: true
            onBackRequested: page.aboutOpen = false
        }
    }
}
