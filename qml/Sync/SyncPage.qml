// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// The Sync section: what is synced and when, the running sync's progress,
// the last run's numbers, sign-in when there is no token, and the
// repositories that need attention, with links to their files on GitHub.
FocusScope {
    id: page
    required property AppController controller
    required property SyncController sync
    signal settingsRequested()

    focus: true

    component Card: Rectangle {
        width: parent ? parent.width : 0
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    component Fact: ColumnLayout {
        id: fact
        required property string label
        required property string value
        property string detail: ""
        property color valueColor: Theme.text
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        spacing: 3
        Text {
            text: fact.label
            color: Theme.textMuted
            font.pixelSize: Theme.smallFontSize
        }
        Text {
            Layout.fillWidth: true
            text: fact.value === "" ? "—" : fact.value
            color: fact.valueColor
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            ToolTip.visible: truncated && factHover.hovered
            ToolTip.text: text
            HoverHandler { id: factHover }
        }
        Text {
            Layout.fillWidth: true
            text: fact.detail
            color: Theme.textMuted
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
        }
    }
    // Wrapped texts sit in positioners, not layouts: Qt 6.4's layouts keep
    // the height a text had at its first, narrowest width.
    component Banner: Rectangle {
        id: banner
        property string text: ""
        property bool error: true
        width: parent ? parent.width : 0
        visible: text !== ""
        radius: Theme.radius
        color: error ? Theme.errorSoft : Theme.warningSoft
        implicitHeight: bannerText.height + 20
        Image {
            x: 12
            y: 11
            source: banner.error ? "qrc:/icons/error.svg" : "qrc:/icons/warning.svg"
            sourceSize: Qt.size(16, 16)
        }
        Text {
            id: bannerText
            x: 38
            y: 10
            width: parent.width - 50
            text: banner.text
            color: Theme.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSize
        }
    }
    component Paragraph: Text {
        width: parent ? parent.width : 0
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSize
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
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
                        text: qsTr("Sync")
                        color: Theme.text
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: page.sync.sourceLines.length > 0 ? page.sync.sourceLines.join(" · ")
                                                               : qsTr("No sources configured")
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                    }
                }
                ActionButton {
                    objectName: "cancelSyncButton"
                    visible: page.sync.running
                    text: qsTr("Cancel")
                    onClicked: page.sync.cancel()
                }
                ActionButton {
                    id: syncButton
                    objectName: "syncNowButton"
                    text: page.sync.running ? qsTr("Syncing…") : qsTr("Sync now")
                    icon.source: "qrc:/icons/sync-button.svg"
                    icon.width: 14
                    icon.height: 14
                    primary: true
                    enabled: page.sync.configured && !page.sync.running
                    focus: true
                    onClicked: page.sync.syncNow()
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Sync all sources now (Ctrl+R)")
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }

        // Cards stacked by a positioner, the problem list in the rest: Qt
        // 6.4's layouts keep the height a card had before it was shown.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                id: body
                x: 20
                y: 16
                width: Math.min(parent.width - 40, 1040)
                height: parent.height - 32

                Column {
                    id: cards
                    width: parent.width
                    spacing: 12

                    // Nothing configured: what to do about it.
                    Card {
                        objectName: "noConfigCard"
                        visible: !page.sync.configExists
                        implicitHeight: noConfig.height + 40
                        Column {
                            id: noConfig
                            x: 20
                            y: 20
                            width: parent.width - 40
                            spacing: 10
                            Text {
                                text: qsTr("Nothing to sync yet")
                                color: Theme.text
                                font.pixelSize: Theme.headingFontSize
                                font.weight: Font.DemiBold
                            }
                            Paragraph {
                                text: qsTr("Atrium reads catalog files from the repositories of a GitHub organisation and from folders on this computer, on a schedule and whenever you ask. Add them in Settings: they are saved to %1 in the shape of a Backstage app-config, so your platform team's configuration can be pasted in as it is.")
                                      .arg(page.sync.configPath)
                            }
                            Paragraph {
                                text: qsTr("Until then, the catalog shows what the cache holds.")
                            }
                            ActionButton {
                                objectName: "openSettingsButton"
                                text: qsTr("Open Settings")
                                primary: true
                                onClicked: page.settingsRequested()
                            }
                        }
                    }

                    // A configuration that cannot be used.
                    Banner {
                        objectName: "configErrorBanner"
                        text: page.sync.configExists && page.sync.configError !== ""
                              ? qsTr("The configuration %1 has errors, so nothing is synced:\n%2").arg(page.sync.configPath).arg(page.sync.configError)
                              : ""
                    }
                    ActionButton {
                        visible: page.sync.configExists && page.sync.configError !== ""
                        text: qsTr("Fix in Settings")
                        onClicked: page.settingsRequested()
                    }

                    // No token: sign in, or say how else.
                    Card {
                        objectName: "signInCard"
                        visible: page.sync.needsSignIn && page.sync.configured
                        implicitHeight: signIn.height + 40
                        Column {
                            id: signIn
                            x: 20
                            y: 20
                            width: parent.width - 40
                            spacing: 10
                            Text {
                                text: qsTr("Sign in to %1").arg(page.sync.signInHost)
                                color: Theme.text
                                font.pixelSize: Theme.headingFontSize
                                font.weight: Font.DemiBold
                            }
                            Paragraph {
                                text: qsTr("Atrium needs a GitHub token to read the organisation's repositories. Sign in with your browser; the token is kept in the system keychain, never in a file.")
                            }
                            Row {
                                visible: !page.sync.signingIn
                                spacing: 10
                                ActionButton {
                                    objectName: "signInButton"
                                    text: qsTr("Sign in with GitHub")
                                    primary: true
                                    enabled: page.sync.signInAvailable
                                    onClicked: page.sync.signIn()
                                }
                                ActionButton {
                                    text: qsTr("Check again")
                                    onClicked: page.sync.checkToken()
                                    ToolTip.visible: hovered || visualFocus
                                    ToolTip.delay: 600
                                    ToolTip.text: qsTr("Look for a token again, after setting ATRIUM_GITHUB_TOKEN or signing in elsewhere")
                                }
                            }
                            // The device flow: the code to type, and where.
                            Row {
                                visible: page.sync.signingIn && page.sync.userCode === ""
                                spacing: 8
                                BusyIndicator {
                                    implicitWidth: 20
                                    implicitHeight: 20
                                    running: parent.visible
                                }
                                Text {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: qsTr("Asking GitHub for a code…")
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontSize
                                }
                            }
                            Paragraph {
                                visible: page.sync.userCode !== ""
                                color: Theme.text
                                text: qsTr("Enter this code at %1:").arg(page.sync.verificationUrl)
                            }
                            Row {
                                visible: page.sync.userCode !== ""
                                spacing: 10
                                Rectangle {
                                    implicitWidth: codeText.implicitWidth + 28
                                    implicitHeight: codeText.implicitHeight + 14
                                    radius: Theme.radius
                                    color: Theme.surfaceAlt
                                    border.color: Theme.borderStrong
                                    Text {
                                        id: codeText
                                        objectName: "userCode"
                                        anchors.centerIn: parent
                                        text: page.sync.userCode
                                        color: Theme.text
                                        font.family: Theme.monoFont
                                        font.pixelSize: Theme.scaled(22)
                                        font.weight: Font.DemiBold
                                        font.letterSpacing: 2
                                    }
                                }
                                ActionButton {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: qsTr("Copy code")
                                    onClicked: page.sync.copyUserCode()
                                }
                                ActionButton {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: qsTr("Open GitHub")
                                    primary: true
                                    onClicked: page.sync.openVerificationUrl()
                                }
                            }
                            Row {
                                visible: page.sync.userCode !== ""
                                spacing: 8
                                BusyIndicator {
                                    implicitWidth: 18
                                    implicitHeight: 18
                                    running: parent.visible
                                }
                                Text {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: qsTr("Waiting for you to approve Atrium on GitHub…")
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontSize
                                }
                            }
                            ActionButton {
                                visible: page.sync.signingIn
                                text: qsTr("Cancel sign-in")
                                onClicked: page.sync.cancelSignIn()
                            }
                            Paragraph {
                                visible: text !== ""
                                color: Theme.error
                                text: page.sync.signInError !== "" ? page.sync.signInError : page.sync.tokenError
                            }
                            Paragraph {
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallFontSize + 1
                                text: page.sync.signInAvailable
                                      ? qsTr("Or set the ATRIUM_GITHUB_TOKEN environment variable to a token with the repo and read:org scopes, and restart Atrium.")
                                      : qsTr("Sign-in needs a GitHub OAuth app (its client ID in ATRIUM_GITHUB_CLIENT_ID). Or set the ATRIUM_GITHUB_TOKEN environment variable to a token with the repo and read:org scopes, and restart Atrium.")
                            }
                        }
                    }

                    // The last run failed: what happened, and that nothing was lost.
                    Banner {
                        objectName: "lastErrorBanner"
                        text: !page.sync.running && page.sync.lastError !== ""
                              ? qsTr("The last sync failed: %1\nThe catalog was left as it was.").arg(page.sync.lastError) : ""
                    }

                    // Status: progress while running, the last run's numbers.
                    Card {
                        objectName: "statusCard"
                        visible: page.sync.configured || page.sync.hasSynced
                        implicitHeight: status.height + 32
                        Column {
                            id: status
                            x: 16
                            y: 16
                            width: parent.width - 32
                            spacing: 14

                            Column {
                                width: parent.width
                                visible: page.sync.running
                                spacing: 6
                                Item {
                                    width: parent.width
                                    height: progressTitle.implicitHeight
                                    Text {
                                        id: progressTitle
                                        text: page.sync.total > 0
                                              ? qsTr("%1 of %2 repositories").arg(Number(page.sync.done).toLocaleString(Qt.locale(), "f", 0)).arg(Number(page.sync.total).toLocaleString(Qt.locale(), "f", 0))
                                              : qsTr("Syncing…")
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSize
                                        font.weight: Font.DemiBold
                                    }
                                    Text {
                                        anchors.right: parent.right
                                        anchors.baseline: progressTitle.baseline
                                        width: Math.min(implicitWidth, parent.width - progressTitle.implicitWidth - 20)
                                        text: page.sync.progressText
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.smallFontSize + 1
                                        elide: Text.ElideRight
                                    }
                                }
                                ProgressBar {
                                    objectName: "syncProgress"
                                    width: parent.width
                                    from: 0
                                    to: page.sync.total > 0 ? page.sync.total : 1
                                    value: page.sync.done
                                    indeterminate: page.sync.total === 0
                                    Accessible.name: qsTr("Sync progress")
                                }
                            }

                            RowLayout {
                                width: parent.width
                                spacing: 16
                                Fact {
                                    label: qsTr("Last sync")
                                    value: page.sync.lastSyncText
                                    valueColor: page.sync.lastError !== "" ? Theme.error : Theme.text
                                }
                                Fact {
                                    label: qsTr("Took")
                                    value: page.sync.durationText
                                }
                                Fact {
                                    label: qsTr("Requests used")
                                    value: page.sync.requestsUsed >= 0 ? Number(page.sync.requestsUsed).toLocaleString(Qt.locale(), "f", 0) : ""
                                }
                                Fact {
                                    label: qsTr("Rate limit left")
                                    value: page.sync.rateLimitText
                                    detail: page.sync.rateLimitResetText
                                }
                                Fact {
                                    label: qsTr("Next run")
                                    value: page.sync.nextRunText
                                    detail: page.sync.scheduled ? qsTr("every %Ln min", "", Math.round(page.sync.frequencySeconds / 60)) : ""
                                }
                                Fact {
                                    label: qsTr("Catalog updated")
                                    value: page.controller.cacheAge === "" ? qsTr("never") : page.controller.cacheAge
                                    detail: qsTr("%Ln entities", "", page.controller.catalog.count)
                                }
                            }
                            Paragraph {
                                visible: page.sync.resultText !== ""
                                text: page.sync.resultText
                                font.pixelSize: Theme.smallFontSize + 1
                            }
                        }
                    }
                }

                // Repositories that need attention.
                Card {
                    y: cards.height > 0 ? cards.height + 12 : 0
                    height: parent.height - y
                    visible: page.sync.configured || page.sync.problems.count > 0
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 1
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.leftMargin: 16
                            Layout.rightMargin: 16
                            Layout.preferredHeight: 40
                            spacing: 8
                            Text {
                                text: qsTr("Repositories that need attention")
                                color: Theme.text
                                font.pixelSize: Theme.fontSize
                                font.weight: Font.DemiBold
                            }
                            Text {
                                text: Number(page.sync.problems.count).toLocaleString(Qt.locale(), "f", 0)
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallFontSize
                            }
                            Item { Layout.fillWidth: true }
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: 1
                            color: Theme.border
                        }
                        ListView {
                            id: problemList
                            objectName: "syncProblems"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: page.sync.problems
                            activeFocusOnTab: true
                            currentIndex: -1
                            boundsBehavior: Flickable.StopAtBounds
                            ScrollBar.vertical: ScrollBar {}
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Repositories that need attention")
                            Keys.onReturnPressed: page.sync.openProblem(currentIndex)
                            Keys.onEnterPressed: page.sync.openProblem(currentIndex)
                            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

                            delegate: Rectangle {
                                id: row
                                required property int index
                                required property string repository
                                required property string message
                                required property string url
                                required property string file
                                required property string severity
                                width: ListView.view.width
                                height: Math.max(36, messageText.implicitHeight + 14)
                                color: ListView.isCurrentItem && problemList.activeFocus ? Theme.selection
                                       : index % 2 ? Theme.surfaceAlt : Theme.surface
                                Accessible.role: Accessible.ListItem
                                Accessible.name: repository + ": " + message

                                RowLayout {
                                    anchors.fill: parent
                                    anchors.leftMargin: 16
                                    anchors.rightMargin: 16
                                    spacing: 10
                                    Image {
                                        source: row.severity === "error" ? "qrc:/icons/error.svg"
                                              : row.severity === "slow" ? "qrc:/icons/slow.svg" : "qrc:/icons/warning.svg"
                                        sourceSize: Qt.size(14, 14)
                                        Accessible.name: row.severity === "error" ? qsTr("Error")
                                                       : row.severity === "slow" ? qsTr("Slow") : qsTr("Warning")
                                    }
                                    Text {
                                        Layout.preferredWidth: Math.min(220, row.width * 0.25)
                                        text: row.repository
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSize
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideMiddle
                                    }
                                    Text {
                                        id: messageText
                                        Layout.fillWidth: true
                                        text: row.message
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSize
                                        wrapMode: Text.Wrap
                                    }
                                    LinkText {
                                        Layout.maximumWidth: row.width * 0.3
                                        visible: row.url !== ""
                                        text: row.file
                                        font.pixelSize: Theme.smallFontSize + 1
                                        font.family: Theme.monoFont
                                        elide: Text.ElideMiddle
                                        onActivated: page.sync.openProblem(row.index)
                                        ToolTip.visible: linkHover.hovered
                                        ToolTip.delay: 500
                                        ToolTip.text: qsTr("Open %1 on GitHub").arg(row.url)
                                        HoverHandler { id: linkHover }
                                    }
                                    Image {
                                        visible: row.url !== ""
                                        source: "qrc:/icons/external.svg"
                                        sourceSize: Qt.size(12, 12)
                                    }
                                }
                            }

                            Text {
                                anchors.centerIn: parent
                                width: parent.width - 40
                                horizontalAlignment: Text.AlignHCenter
                                wrapMode: Text.Wrap
                                visible: problemList.count === 0
                                text: !page.sync.hasSynced ? qsTr("Nothing yet: problems appear here after the first sync.")
                                      : page.sync.lastError !== "" ? qsTr("None listed: the last sync stopped before it read any repository.")
                                      : qsTr("None: every repository was read, without errors and in good time.")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSize
                            }
                        }
                    }
                }
            }
        }
    }
}
