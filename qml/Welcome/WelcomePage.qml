// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The first run: where the catalog lives (GitHub, GitHub Enterprise, a
// Backstage backend, or the demo), sign-in, the organisation, and the
// first sync's progress. Every step is the WelcomeController's; this view
// only shows it and passes the user's input on.
FocusScope {
    id: page
    required property WelcomeController welcome
    /** The first sync's progress. */
    property SyncController sync: null
    /** The user asked for the Settings page (after a failed sync). */
    signal settingsRequested()

    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Welcome to Atrium")

    // The step's first control takes the keyboard.
    function focusStep() {
        const first = {
            "choose": githubChoice,
            "host": hostField,
            "signin": welcome.deviceFlowAvailable ? signInButton : tokenField,
            "organization": orgList.count > 0 ? orgList : orgField,
            "backstage": backstageUrlField,
            "sync": syncCancel,
            "done": openCatalog
        }[welcome.step]
        if (first)
            first.forceActiveFocus()
    }
    Connections {
        target: page.welcome
        function onStepChanged() { Qt.callLater(page.focusStep) }
    }
    Component.onCompleted: Qt.callLater(page.focusStep)

    Keys.onEscapePressed: {
        if (welcome.busy || welcome.signingIn)
            welcome.cancel()
        else if (welcome.step !== "choose" && welcome.step !== "sync" && welcome.step !== "done")
            welcome.back()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
        // Clicks stop here: nothing behind the welcome reacts.
        MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; onWheel: (w) => w.accepted = true }
    }

    // --- Small building blocks --------------------------------------------------
    component Heading: Text {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.titleFontSize
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    component Body: Text {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSize
        lineHeight: 1.15
    }
    component Label: Text {
        color: Theme.text
        font.pixelSize: Theme.fontSize
        font.weight: Font.DemiBold
    }
    component Field: TextField {
        Layout.fillWidth: true
        implicitHeight: Theme.grow(34)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        background: Rectangle {
            radius: Theme.radius - 1
            color: Theme.surface
            border.width: parent.activeFocus ? 2 : 1
            border.color: parent.activeFocus ? Theme.focus : Theme.borderStrong
        }
    }
    // One of the first step's choices: a title and a line, the whole row a button.
    component Choice: AbstractButton {
        id: choice
        property string detail: ""
        property string iconSource: ""
        Layout.fillWidth: true
        implicitHeight: choiceRow.implicitHeight + 24
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: text
        Accessible.description: detail
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        background: Rectangle {
            radius: Theme.radius
            color: choice.down ? Theme.selection : choice.hovered ? Theme.hover : Theme.surface
            border.width: choice.visualFocus ? 2 : 1
            border.color: choice.visualFocus ? Theme.focus : Theme.borderStrong
        }
        contentItem: RowLayout {
            id: choiceRow
            spacing: 14
            // The rail's icons, on the rail's colour.
            Rectangle {
                Layout.leftMargin: 2
                Layout.alignment: Qt.AlignVCenter
                implicitWidth: Theme.grow(36)
                implicitHeight: Theme.grow(36)
                radius: Theme.radius
                color: Theme.rail
                Image {
                    anchors.centerIn: parent
                    source: choice.iconSource
                    sourceSize: Qt.size(Theme.grow(20), Theme.grow(20))
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: choice.text
                    color: Theme.text
                    font.pixelSize: Theme.fontSize + 1
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: choice.detail
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSize
                    wrapMode: Text.Wrap
                }
            }
            Text {
                text: "›"
                color: Theme.textMuted
                font.pixelSize: Theme.headingFontSize
            }
        }
    }
    component ErrorText: RowLayout {
        property string text: ""
        Layout.fillWidth: true
        visible: text !== ""
        spacing: 8
        Image {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            source: "qrc:/icons/error.svg"
            sourceSize: Qt.size(16, 16)
        }
        Text {
            objectName: "welcomeError"
            Layout.fillWidth: true
            text: parent.text
            color: Theme.error
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
    component Busy: RowLayout {
        Layout.fillWidth: true
        visible: page.welcome.busy
        spacing: 10
        BusyIndicator {
            implicitWidth: Theme.grow(22)
            implicitHeight: Theme.grow(22)
            running: parent.visible
        }
        Text {
            Layout.fillWidth: true
            text: page.welcome.busyText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
    }

    // --- The card -----------------------------------------------------------------
    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.implicitHeight + 80)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Rectangle {
            id: card
            objectName: "welcomeCard"
            width: Math.min(scroller.width - 48, Math.round(620 * Math.min(Theme.fontScale, 1.6)))
            implicitHeight: content.implicitHeight + 64
            height: implicitHeight
            x: Math.round((scroller.width - width) / 2)
            // A steady top edge: steps of different heights do not jump.
            y: Math.max(32, Math.round(scroller.height * 0.1))
            radius: Theme.radius + 4
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: content
                anchors.fill: parent
                anchors.margins: 32
                spacing: 16

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Image {
                        source: "qrc:/icons/atrium.svg"
                        sourceSize: Qt.size(Theme.grow(36), Theme.grow(36))
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Atrium")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        // Where the user is, for sighted and screen-reader users alike.
                        readonly property var steps: page.welcome.kind === "backstage" ? ["choose", "backstage", "sync"]
                                                   : page.welcome.kind === "enterprise" ? ["choose", "host", "signin", "organization", "sync"]
                                                   : page.welcome.kind === "github" ? ["choose", "signin", "organization", "sync"]
                                                   : []
                        readonly property int index: steps.indexOf(page.welcome.step)
                        objectName: "stepCounter"
                        visible: index >= 0
                        text: qsTr("Step %1 of %2").arg(index + 1).arg(steps.length)
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize + 1
                    }
                }

                // --- choose ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "choose"
                    spacing: 10
                    Heading { text: qsTr("Welcome to Atrium") }
                    Body {
                        text: qsTr("Atrium shows your organisation's software catalog, its templates and docs, from a copy on this computer. Where is your catalog?")
                        Layout.bottomMargin: 6
                    }
                    Choice {
                        id: githubChoice
                        objectName: "choiceGitHub"
                        text: qsTr("GitHub")
                        detail: qsTr("catalog-info.yaml files in the repositories of a github.com organisation")
                        iconSource: "qrc:/icons/catalog.svg"
                        onClicked: page.welcome.choose("github")
                        KeyNavigation.down: enterpriseChoice
                    }
                    Choice {
                        id: enterpriseChoice
                        objectName: "choiceEnterprise"
                        text: qsTr("GitHub Enterprise")
                        detail: qsTr("The same, on your company's own GitHub server")
                        iconSource: "qrc:/icons/catalog.svg"
                        onClicked: page.welcome.choose("enterprise")
                        KeyNavigation.down: backstageChoice
                    }
                    Choice {
                        id: backstageChoice
                        objectName: "choiceBackstage"
                        text: qsTr("A Backstage backend")
                        detail: qsTr("Your Backstage's catalog, templates and TechDocs, read through its API")
                        iconSource: "qrc:/icons/graph.svg"
                        onClicked: page.welcome.choose("backstage")
                        KeyNavigation.down: demoChoice
                    }
                    Choice {
                        id: demoChoice
                        objectName: "choiceDemo"
                        text: qsTr("Explore the demo")
                        detail: qsTr("A sample organisation, acme-commerce, with no account needed")
                        iconSource: "qrc:/icons/docs.svg"
                        onClicked: page.welcome.choose("demo")
                    }
                    ErrorText { text: page.welcome.step === "choose" ? page.welcome.error : "" }
                    Busy { visible: page.welcome.busy && page.welcome.step === "choose" }
                }

                // --- host (GitHub Enterprise) ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "host"
                    spacing: 10
                    Heading { text: qsTr("Your GitHub Enterprise server") }
                    Body { text: qsTr("Its host name, as in the address of its pages. Atrium checks that it answers as GitHub Enterprise before you sign in.") }
                    Label { text: qsTr("Server"); Layout.topMargin: 4 }
                    Field {
                        id: hostField
                        objectName: "hostField"
                        placeholderText: "github.example.com"
                        enabled: !page.welcome.busy
                        Accessible.name: qsTr("Server")
                        onAccepted: page.welcome.submitHost(text)
                    }
                    ErrorText { text: page.welcome.step === "host" ? page.welcome.error : "" }
                    Busy {}
                    RowLayout {
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            objectName: "hostContinue"
                            primary: true
                            enabled: !page.welcome.busy && hostField.text.trim() !== ""
                            text: qsTr("Continue")
                            onClicked: page.welcome.submitHost(hostField.text)
                        }
                    }
                }

                // --- sign-in ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "signin"
                    spacing: 10
                    Heading { text: qsTr("Sign in to %1").arg(page.welcome.host) }
                    Body {
                        text: qsTr("Atrium reads your organisation's repositories with your account. The token is kept in the system keychain, never in a file.")
                    }
                    // The device flow: a code to enter on GitHub's own page.
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: page.welcome.deviceFlowAvailable
                        spacing: 10
                        ActionButton {
                            id: signInButton
                            objectName: "signInButton"
                            visible: !page.welcome.signingIn
                            primary: true
                            enabled: !page.welcome.busy
                            text: qsTr("Sign in with the browser")
                            onClicked: page.welcome.signIn()
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            visible: page.welcome.signingIn
                            spacing: 8
                            Body {
                                text: page.welcome.userCode === "" ? qsTr("Asking %1 for a code…").arg(page.welcome.host)
                                                                   : qsTr("Enter this code on %1:").arg(page.welcome.verificationUrl)
                            }
                            RowLayout {
                                spacing: 10
                                visible: page.welcome.userCode !== ""
                                TextEdit {
                                    objectName: "userCode"
                                    text: page.welcome.userCode
                                    readOnly: true
                                    selectByMouse: true
                                    color: Theme.text
                                    font.family: Theme.monoFont
                                    font.pixelSize: Theme.titleFontSize + 6
                                    font.weight: Font.Bold
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: qsTr("Code: %1").arg(text.split("").join(" "))
                                }
                                ActionButton {
                                    text: qsTr("Copy code")
                                    onClicked: page.welcome.copyUserCode()
                                }
                                ActionButton {
                                    primary: true
                                    text: qsTr("Open %1").arg(page.welcome.host)
                                    onClicked: page.welcome.openVerificationUrl()
                                }
                            }
                            RowLayout {
                                spacing: 10
                                BusyIndicator {
                                    implicitWidth: Theme.grow(22)
                                    implicitHeight: Theme.grow(22)
                                    running: page.welcome.signingIn
                                }
                                Body { text: qsTr("Waiting for you to approve Atrium on %1…").arg(page.welcome.host) }
                                ActionButton {
                                    text: qsTr("Cancel")
                                    onClicked: page.welcome.cancel()
                                }
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.topMargin: 6
                            text: qsTr("Or use a personal access token")
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallFontSize + 1
                            font.weight: Font.DemiBold
                        }
                    }
                    Body {
                        visible: !page.welcome.deviceFlowAvailable
                        text: qsTr("Paste a personal access token with the scopes repo, read:org and workflow.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        Field {
                            id: tokenField
                            objectName: "tokenField"
                            echoMode: TextInput.Password
                            placeholderText: qsTr("ghp_…")
                            enabled: !page.welcome.busy && !page.welcome.signingIn
                            Accessible.name: qsTr("Personal access token")
                            onAccepted: if (text.trim() !== "") page.welcome.useToken(text)
                        }
                        ActionButton {
                            objectName: "tokenContinue"
                            text: qsTr("Use token")
                            enabled: !page.welcome.busy && !page.welcome.signingIn && tokenField.text.trim() !== ""
                            onClicked: page.welcome.useToken(tokenField.text)
                        }
                    }
                    LinkText {
                        objectName: "tokenLink"
                        Layout.fillWidth: true
                        text: qsTr("Make a token on %1 with these scopes").arg(page.welcome.host)
                        onActivated: page.welcome.openTokenUrl()
                    }
                    ErrorText { text: page.welcome.step === "signin" ? page.welcome.error : "" }
                    Busy {}
                }

                // --- organisation ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "organization"
                    spacing: 10
                    Heading { text: qsTr("Which organisation?") }
                    Body {
                        text: orgList.count > 0
                              ? qsTr("Signed in as %1. Atrium reads the catalog files of the organisation's repositories.").arg(page.welcome.login)
                              : qsTr("Signed in as %1. %2 lists no organisations for you: type the name of one you can read.").arg(page.welcome.login).arg(page.welcome.host)
                    }
                    ListView {
                        id: orgList
                        objectName: "organizationList"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(contentHeight, Theme.rowHeight * 1.6 * 6)
                        visible: count > 0
                        clip: true
                        model: page.welcome.organizations
                        currentIndex: 0
                        keyNavigationEnabled: true
                        activeFocusOnTab: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Your organisations")
                        Keys.onReturnPressed: page.welcome.chooseOrganization(model[currentIndex].login)
                        Keys.onEnterPressed: page.welcome.chooseOrganization(model[currentIndex].login)
                        Keys.onSpacePressed: page.welcome.chooseOrganization(model[currentIndex].login)
                        delegate: Rectangle {
                            id: orgRow
                            required property int index
                            required property var modelData
                            width: orgList.width
                            height: orgColumn.implicitHeight + 14
                            color: ListView.isCurrentItem ? Theme.selection : orgMouse.containsMouse ? Theme.hover : "transparent"
                            border.width: ListView.isCurrentItem && orgList.activeFocus ? 2 : 0
                            border.color: Theme.focus
                            radius: Theme.radius - 1
                            Accessible.role: Accessible.ListItem
                            Accessible.name: modelData.login
                            Accessible.description: modelData.description
                            ColumnLayout {
                                id: orgColumn
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.leftMargin: 12
                                anchors.rightMargin: 12
                                spacing: 1
                                Text {
                                    Layout.fillWidth: true
                                    text: orgRow.modelData.login
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSize
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: text !== ""
                                    text: orgRow.modelData.description
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.smallFontSize + 1
                                    elide: Text.ElideRight
                                }
                            }
                            MouseArea {
                                id: orgMouse
                                anchors.fill: parent
                                hoverEnabled: true
                                onClicked: orgList.currentIndex = orgRow.index
                                onDoubleClicked: page.welcome.chooseOrganization(orgRow.modelData.login)
                            }
                        }
                    }
                    Label { text: orgList.count > 0 ? qsTr("Or another organisation") : qsTr("Organisation"); Layout.topMargin: 4 }
                    Field {
                        id: orgField
                        objectName: "organizationField"
                        placeholderText: qsTr("organisation-name")
                        enabled: !page.welcome.busy
                        Accessible.name: qsTr("Organisation name")
                        onAccepted: if (text.trim() !== "") page.welcome.chooseOrganization(text)
                    }
                    ErrorText { text: page.welcome.step === "organization" ? page.welcome.error : "" }
                    Busy {}
                    RowLayout {
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            objectName: "organizationContinue"
                            primary: true
                            enabled: !page.welcome.busy && (orgField.text.trim() !== "" || orgList.count > 0)
                            text: orgField.text.trim() !== "" ? qsTr("Read %1").arg(orgField.text.trim())
                                  : orgList.count > 0 ? qsTr("Read %1").arg(page.welcome.organizations[Math.max(0, orgList.currentIndex)].login)
                                  : qsTr("Continue")
                            onClicked: page.welcome.chooseOrganization(orgField.text.trim() !== "" ? orgField.text
                                                                       : page.welcome.organizations[Math.max(0, orgList.currentIndex)].login)
                        }
                    }
                }

                // --- Backstage ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "backstage"
                    spacing: 10
                    Heading { text: qsTr("Your Backstage") }
                    Body { text: qsTr("Atrium reads its catalog and TechDocs through its API and runs its templates on its scaffolder.") }
                    Label { text: qsTr("Address"); Layout.topMargin: 4 }
                    Field {
                        id: backstageUrlField
                        objectName: "backstageUrlField"
                        placeholderText: "https://backstage.example.com"
                        enabled: !page.welcome.busy
                        Accessible.name: qsTr("Backstage address")
                        onAccepted: page.welcome.connectBackstage(text, backstageTokenField.text)
                    }
                    Label { text: qsTr("Token") }
                    Field {
                        id: backstageTokenField
                        objectName: "backstageTokenField"
                        echoMode: TextInput.Password
                        enabled: !page.welcome.busy
                        placeholderText: qsTr("Empty if guests may read the catalog")
                        Accessible.name: qsTr("Backstage token")
                        onAccepted: page.welcome.connectBackstage(backstageUrlField.text, text)
                    }
                    Body {
                        text: qsTr("A static token from backend.auth.externalAccess, or your Backstage identity token. It is kept in the system keychain.")
                        font.pixelSize: Theme.smallFontSize + 1
                    }
                    ErrorText { text: page.welcome.step === "backstage" ? page.welcome.error : "" }
                    Busy {}
                    RowLayout {
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            objectName: "backstageConnect"
                            primary: true
                            enabled: !page.welcome.busy && backstageUrlField.text.trim() !== ""
                            text: qsTr("Connect")
                            onClicked: page.welcome.connectBackstage(backstageUrlField.text, backstageTokenField.text)
                        }
                    }
                }

                // --- the first sync ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "sync"
                    spacing: 10
                    Heading { text: qsTr("Reading the catalog of %1").arg(page.welcome.sourceName) }
                    Body {
                        text: qsTr("Atrium keeps a copy on this computer, so the catalog opens at once next time, even offline. Later syncs read only what changed.")
                    }
                    ProgressBar {
                        objectName: "syncProgress"
                        Layout.fillWidth: true
                        Layout.topMargin: 6
                        visible: page.sync !== null && page.welcome.error === ""
                        from: 0
                        to: Math.max(1, page.sync ? page.sync.total : 1)
                        value: page.sync ? page.sync.done : 0
                        indeterminate: !page.sync || page.sync.total <= 0
                        Accessible.name: qsTr("Sync progress")
                    }
                    Text {
                        objectName: "syncProgressText"
                        Layout.fillWidth: true
                        visible: page.welcome.error === ""
                        text: !page.sync ? ""
                              : page.sync.total > 0
                                ? qsTr("%1 — %2 of %3").arg(page.sync.progressText)
                                      .arg(Number(page.sync.done).toLocaleString(Qt.locale(), "f", 0))
                                      .arg(Number(page.sync.total).toLocaleString(Qt.locale(), "f", 0))
                                : page.sync.progressText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSize
                        elide: Text.ElideMiddle
                    }
                    ErrorText { text: page.welcome.step === "sync" ? page.welcome.error : "" }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            visible: page.welcome.error !== ""
                            text: qsTr("Open Settings")
                            onClicked: {
                                page.welcome.skip()
                                page.settingsRequested()
                            }
                        }
                        ActionButton {
                            id: syncCancel
                            objectName: "syncCancel"
                            visible: page.welcome.error === ""
                            text: qsTr("Cancel")
                            onClicked: page.welcome.cancel()
                        }
                        ActionButton {
                            objectName: "syncRetry"
                            visible: page.welcome.error !== ""
                            primary: true
                            text: qsTr("Sync again")
                            onClicked: page.welcome.retrySync()
                        }
                    }
                }

                // --- done ---
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.welcome.step === "done"
                    spacing: 10
                    Heading { text: qsTr("Your catalog is ready") }
                    Body {
                        objectName: "resultText"
                        text: page.welcome.resultText
                    }
                    Body {
                        visible: page.welcome.elapsedSeconds > 0
                        text: qsTr("Set up in %n second(s).", "", page.welcome.elapsedSeconds)
                    }
                    Body {
                        text: qsTr("Atrium syncs it again every %n minute(s) while it runs, and whenever you press Ctrl+R. Sources, schedule and filters are in Settings.", "",
                                   page.sync ? Math.max(1, Math.round(page.sync.frequencySeconds / 60)) : 30)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            id: openCatalog
                            objectName: "openCatalog"
                            primary: true
                            text: qsTr("Open the catalog")
                            onClicked: page.welcome.finish()
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                        }
                    }
                }

                // --- Back and Not now ---
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    visible: page.welcome.step !== "done"
                    spacing: 10
                    ActionButton {
                        objectName: "welcomeBack"
                        visible: page.welcome.step !== "choose" && page.welcome.step !== "sync"
                        text: qsTr("Back")
                        onClicked: page.welcome.back()
                    }
                    Item { Layout.fillWidth: true }
                    ActionButton {
                        objectName: "welcomeSkip"
                        flat: true
                        text: page.welcome.step === "sync" ? qsTr("Continue in the background") : qsTr("Not now")
                        onClicked: page.welcome.step === "sync" ? page.welcome.finish() : page.welcome.skip()
                    }
                }
            }
        }
    }
}
