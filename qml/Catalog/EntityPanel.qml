// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The selected entity: what it is, who owns it, where it belongs, its
// links, relations (click to go there), problems and raw metadata.
Rectangle {
    id: panel
    required property AppController controller
    signal closeRequested()
    signal graphRequested(string ref, bool blast)
    /** overview, relations, api, problems or yaml; kept while browsing. */
    property string tab: "overview"

    color: Theme.surface

    EntityDetails {
        id: details
        catalog: panel.controller.catalog
        problemsModel: panel.controller.problems
        ref: panel.controller.selectedRef
        onRefChanged: flick.contentY = 0
    }

    Shortcut {
        sequence: "Ctrl+G"
        enabled: panel.visible && details.found
        onActivated: panel.graphRequested(details.ref, false)
    }
    Shortcut {
        sequence: "Ctrl+Shift+B"
        enabled: panel.visible && details.found
        onActivated: panel.graphRequested(details.ref, true)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Navigation bar
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            implicitHeight: Theme.grow(44)
            spacing: 4
            ToolButton {
                objectName: "backButton"
                visible: panel.controller.canGoBack || panel.controller.canGoForward
                enabled: panel.controller.canGoBack
                icon.source: "qrc:/icons/back.svg"
                icon.width: 16
                icon.height: 16
                onClicked: panel.controller.back()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Back (Alt+Left)")
                Accessible.name: qsTr("Back")
            }
            ToolButton {
                objectName: "forwardButton"
                visible: panel.controller.canGoBack || panel.controller.canGoForward
                enabled: panel.controller.canGoForward
                icon.source: "qrc:/icons/forward.svg"
                icon.width: 16
                icon.height: 16
                onClicked: panel.controller.goForward()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Forward (Alt+Right)")
                Accessible.name: qsTr("Forward")
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                text: panel.controller.selectedRef
                color: Theme.textMuted
                font.family: Theme.monoFont
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideMiddle
            }
            ToolButton {
                id: starButton
                objectName: "starButton"
                readonly property bool starred: panel.controller.starred.indexOf(panel.controller.selectedRef) >= 0
                icon.source: starred ? "qrc:/icons/star-filled.svg" : "qrc:/icons/star.svg"
                icon.width: 16
                icon.height: 16
                icon.color: "transparent"
                onClicked: panel.controller.toggleStarred(panel.controller.selectedRef)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: starred ? qsTr("Remove star") : qsTr("Star this entity")
                Accessible.name: ToolTip.text
            }
            ToolButton {
                icon.source: "qrc:/icons/close.svg"
                icon.width: 14
                icon.height: 14
                onClicked: panel.closeRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Close (Esc)")
                Accessible.name: qsTr("Close details")
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: content.height + 40
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            // A Column, not a ColumnLayout: wrapped texts and Flows must get
            // their height from their width in the same pass.
            Column {
                id: content
                x: 20
                y: 16
                width: flick.width - 40
                spacing: 8
                visible: details.found

                Row {
                    spacing: 8
                    KindChip { kind: details.kind }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: details.type !== ""
                        text: details.type
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize + 1
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: details.lifecycle !== ""
                        text: "· " + details.lifecycle
                        color: Theme.lifecycleColor(details.lifecycle)
                        font.pixelSize: Theme.smallFontSize + 1
                        font.weight: Font.DemiBold
                    }
                }

                Column {
                    width: parent.width
                    spacing: 0
                    Text {
                        width: parent.width
                        text: details.displayName
                        color: Theme.text
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        visible: details.title !== ""
                        text: details.name
                        color: Theme.textMuted
                        font.family: Theme.monoFont
                        font.pixelSize: Theme.smallFontSize + 1
                    }
                }
                Text {
                    width: parent.width
                    visible: details.description !== ""
                    text: details.description
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSize
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
                Flow {
                    width: parent.width
                    spacing: 6
                    ActionButton {
                        objectName: "showGraph"
                        text: qsTr("Graph")
                        icon.source: "qrc:/icons/graph-small.svg"
                        icon.width: 14
                        icon.height: 14
                        onClicked: panel.graphRequested(details.ref, false)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("Its relations as a graph (Ctrl+G)")
                    }
                    ActionButton {
                        objectName: "showBlastRadius"
                        text: qsTr("Blast radius")
                        icon.source: "qrc:/icons/blast.svg"
                        icon.width: 14
                        icon.height: 14
                        onClicked: panel.graphRequested(details.ref, true)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("What breaks when it fails, and whom to tell (Ctrl+Shift+B)")
                    }
                }

                TabBar {
                    id: tabs
                    objectName: "entityTabs"
                    width: parent.width
                    readonly property var names: {
                        const list = details.isApi ? ["overview", "relations", "api", "problems", "yaml"]
                                                   : ["overview", "relations", "problems", "yaml"]
                        if (docsView.docs.hasDocs)
                            list.splice(list.indexOf("problems"), 0, "docs")
                        return list
                    }
                    currentIndex: Math.max(0, names.indexOf(panel.tab))
                    background: Rectangle {
                        color: "transparent"
                        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
                    }
                    Repeater {
                        model: tabs.names
                        TabItem {
                            required property string modelData
                            objectName: "tab-" + modelData
                            width: implicitWidth
                            text: {
                                switch (modelData) {
                                case "overview": return qsTr("Overview")
                                case "relations": return qsTr("Relations")
                                case "api": return qsTr("API")
                                case "problems": return details.problems.length > 0 ? qsTr("Problems (%1)").arg(details.problems.length) : qsTr("Problems")
                                case "yaml": return qsTr("YAML")
                                case "docs": return qsTr("Docs")
                                }
                                return modelData
                            }
                            onClicked: panel.tab = modelData
                        }
                    }
                }

                Column {
                    objectName: "overviewTab"
                    width: parent.width
                    spacing: 8
                    visible: panel.tab === "overview" || tabs.names.indexOf(panel.tab) < 0
                    // Facts
                    Column {
                        width: parent.width
                        topPadding: 6
                        spacing: 6
                        FactRow {
                            label: qsTr("Owner")
                            value: details.owner
                            link: details.ownerFound
                            onActivated: panel.controller.navigateTo(details.ownerRef)
                        }
                        FactRow {
                            label: details.systemIsDomain ? qsTr("Domain") : qsTr("System")
                            value: details.system
                            link: details.systemFound
                            onActivated: panel.controller.navigateTo(details.systemRef)
                        }
                        FactRow {
                            label: qsTr("Namespace")
                            value: details.namespaceName
                        }
                        FactRow {
                            label: qsTr("Source")
                            value: details.location
                            mono: true
                        }
                    }

                    // Tags
                    SectionHeader {
                        visible: details.tags.length > 0
                        text: qsTr("Tags")
                    }
                    Flow {
                        width: parent.width
                        visible: details.tags.length > 0
                        spacing: 6
                        Repeater {
                            model: details.tags
                            delegate: Tag {
                                required property string modelData
                                text: modelData
                            }
                        }
                    }

                    // Links
                    SectionHeader {
                        visible: details.links.length > 0
                        text: qsTr("Links")
                        count: details.links.length
                    }
                    Repeater {
                        model: details.links
                        delegate: Item {
                            id: linkRow
                            required property var modelData
                            width: content.width
                            height: Theme.grow(22, 0.85)
                            Image {
                                id: linkIcon
                                anchors.verticalCenter: parent.verticalCenter
                                source: "qrc:/icons/external.svg"
                                sourceSize: Qt.size(14, 14)
                            }
                            LinkText {
                                id: linkTitle
                                x: 22
                                anchors.verticalCenter: parent.verticalCenter
                                width: Math.min(implicitWidth, parent.width - x)
                                text: linkRow.modelData.title
                                font.pixelSize: Theme.fontSize
                                onActivated: panel.controller.openLink(linkRow.modelData.url)
                            }
                            Text {
                                x: linkTitle.x + linkTitle.width + 8
                                width: Math.max(0, parent.width - x)
                                anchors.baseline: linkTitle.baseline
                                text: linkRow.modelData.url
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallFontSize
                                elide: Text.ElideRight
                            }
                        }
                    }

                    // Well-known annotations, made useful.
                    SectionHeader {
                        visible: details.quickLinks.length > 0
                        text: qsTr("At a glance")
                    }
                    Repeater {
                        model: details.quickLinks
                        delegate: FactRow {
                            required property var modelData
                            width: content.width
                            label: modelData.title
                            value: modelData.value
                            link: modelData.url !== ""
                            onActivated: panel.controller.openLink(modelData.url)
                        }
                    }

                    SectionHeader {
                        visible: details.specFields.length > 0
                        text: qsTr("Spec")
                    }
                    KeyValueList {
                        visible: details.specFields.length > 0
                        items: details.specFields
                    }

                    SectionHeader {
                        visible: details.labels.length > 0
                        text: qsTr("Labels")
                        count: details.labels.length
                    }
                    KeyValueList {
                        visible: details.labels.length > 0
                        items: details.labels
                        onLinkActivated: (url) => panel.controller.openLink(url)
                    }

                    SectionHeader {
                        visible: details.annotations.length > 0
                        text: qsTr("Annotations")
                        count: details.annotations.length
                    }
                    KeyValueList {
                        visible: details.annotations.length > 0
                        items: details.annotations
                        onLinkActivated: (url) => panel.controller.openLink(url)
                    }
                }
                Column {
                    objectName: "relationsTab"
                    width: parent.width
                    spacing: 8
                    visible: panel.tab === "relations"
                    // Relations
                    SectionHeader {
                        visible: details.relationGroups.length > 0
                        text: qsTr("Relations")
                    }
                    Repeater {
                        model: details.relationGroups
                        delegate: Column {
                            id: group
                            required property var modelData
                            width: content.width
                            spacing: 4
                            bottomPadding: 4
                            Text {
                                text: group.modelData.label
                                color: Theme.textSecondary
                                font.pixelSize: Theme.smallFontSize + 1
                                font.weight: Font.DemiBold
                            }
                            Flow {
                                width: parent.width
                                spacing: 6
                                Repeater {
                                    model: group.modelData.targets
                                    delegate: RelationTarget {
                                        onActivated: (ref) => panel.controller.navigateTo(ref)
                                    }
                                }
                            }
                        }
                    }

                    Text {
                        visible: details.relationGroups.length === 0
                        text: qsTr("No relations.")
                        color: Theme.textMuted
                    }
                }
                DocsView {
                    id: docsView
                    objectName: "docsTab"
                    width: parent.width
                    visible: panel.tab === "docs" && docs.hasDocs
                    controller: panel.controller
                    entityRef: details.ref
                    flickable: flick
                }
                EntityApiTab {
                    objectName: "apiTab"
                    width: parent.width
                    visible: panel.tab === "api" && details.isApi
                    details: details
                }
                Column {
                    objectName: "yamlTab"
                    width: parent.width
                    spacing: 8
                    visible: panel.tab === "yaml"
                    Row {
                        spacing: 8
                        ActionButton {
                            objectName: "copyYaml"
                            text: yamlCopied.running ? qsTr("Copied") : qsTr("Copy")
                            icon.source: "qrc:/icons/copy.svg"
                            icon.width: 14
                            icon.height: 14
                            onClicked: { details.copyText(details.yaml); yamlCopied.restart() }
                            Timer { id: yamlCopied; interval: 1500 }
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: details.location
                            color: Theme.textMuted
                            font.family: Theme.monoFont
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                    Rectangle {
                        width: parent.width
                        height: yamlText.implicitHeight + 20
                        radius: Theme.radius
                        color: Theme.surfaceAlt
                        border.color: Theme.border
                        TextEdit {
                            id: yamlText
                            objectName: "yamlText"
                            x: 10
                            y: 10
                            width: parent.width - 20
                            text: panel.tab === "yaml" ? details.yaml : ""
                            readOnly: true
                            selectByMouse: true
                            selectByKeyboard: true
                            wrapMode: TextEdit.WrapAnywhere
                            font.family: Theme.monoFont
                            font.pixelSize: Theme.smallFontSize + 1
                            color: Theme.text
                            textFormat: TextEdit.PlainText
                        }
                    }
                }
                Column {
                    objectName: "problemsTab"
                    width: parent.width
                    spacing: 8
                    visible: panel.tab === "problems"
                    // Problems of this entity
                    SectionHeader {
                        visible: details.problems.length > 0
                        text: qsTr("Problems")
                        count: details.problems.length
                    }
                    Repeater {
                        model: details.problems
                        delegate: Item {
                            id: problem
                            required property var modelData
                            width: content.width
                            height: problemText.height
                            Image {
                                y: 2
                                source: problem.modelData.severity === "error" ? "qrc:/icons/error.svg"
                                                                               : "qrc:/icons/warning.svg"
                                sourceSize: Qt.size(14, 14)
                            }
                            Column {
                                id: problemText
                                x: 22
                                width: parent.width - x
                                spacing: 2
                                Text {
                                    width: parent.width
                                    text: problem.modelData.message
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSize
                                    wrapMode: Text.Wrap
                                }
                                Text {
                                    width: parent.width
                                    text: problem.modelData.location
                                    color: Theme.textMuted
                                    font.family: Theme.monoFont
                                    font.pixelSize: Theme.smallFontSize
                                    elide: Text.ElideMiddle
                                }
                            }
                        }
                    }

                    Text {
                        visible: details.problems.length === 0
                        text: qsTr("No errors or warnings for this entity.")
                        color: Theme.textMuted
                    }
                }
            }

            // The selected ref is not (or no longer) in the catalog.
            Column {
                visible: !details.found && details.ref !== ""
                x: 20
                y: 24
                width: flick.width - 40
                spacing: 8
                Text {
                    width: parent.width
                    text: qsTr("Entity not found")
                    color: Theme.text
                    font.pixelSize: Theme.headingFontSize
                    font.weight: Font.DemiBold
                }
                Text {
                    width: parent.width
                    text: qsTr("%1 is not in this catalog.").arg(details.ref)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSize
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }

    Rectangle {
        width: 1
        height: parent.height
        color: Theme.border
    }
}
