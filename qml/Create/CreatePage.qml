// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Atrium
import Atrium.Models

// The Create section: the template gallery, and a template's wizard once
// one is chosen.
FocusScope {
    id: page
    required property AppController controller
    signal entityRequested(string ref)

    /** Opens the wizard of @p ref at @p step (0: the first page). */
    function openTemplate(ref: string, step: int) {
        create.clear()
        form.templateRef = ""
        form.templateRef = ref
        if (step > 0)
            form.goToStep(step)
        wizard.forceActiveFocus()
        Qt.callLater(wizard.focusFirstField)
    }
    /** Opens a local template file's wizard (a path or a file: URL). */
    function openTemplateFile(url) {
        create.clear()
        if (!form.openFile(url)) {
            gallery.fileError = form.error
            return false
        }
        gallery.fileError = ""
        wizard.forceActiveFocus()
        Qt.callLater(wizard.focusFirstField)
        return true
    }
    function closeTemplate() {
        form.templateRef = ""
        create.clear()
        gallery.forceActiveFocus()
    }

    readonly property alias form: form
    readonly property alias createController: create
    /** The gallery gives way to the list of recent tasks. */
    property bool historyOpen: false
    function showHistory(open: bool) {
        historyOpen = open
        if (open)
            taskHistory.forceActiveFocus()
        else
            gallery.forceActiveFocus()
    }

    TemplateGalleryModel {
        id: galleryModel
        catalog: page.controller.catalog
    }
    TemplateForm {
        id: form
        objectName: "templateForm"
        app: page.controller
    }
    CreateController {
        id: create
        objectName: "createController"
        app: page.controller
        form: form
        // A run that ends joins the recent tasks (read again then only:
        // with Backstage backends configured, a read asks each of them).
        onFinished: historyModel.reload()
    }
    TaskHistoryModel {
        id: historyModel
        objectName: "taskHistoryModel"
        app: page.controller
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }
    TemplateGallery {
        id: gallery
        anchors.fill: parent
        visible: form.templateRef === "" && !page.historyOpen
        focus: visible
        model: galleryModel
        taskCount: historyModel.count
        onTemplateChosen: (ref) => page.openTemplate(ref, 0)
        onOpenFileRequested: templateFileDialog.open()
        onHistoryRequested: page.showHistory(true)
    }
    TaskHistory {
        id: taskHistory
        objectName: "taskHistory"
        anchors.fill: parent
        visible: form.templateRef === "" && page.historyOpen
        focus: visible
        model: historyModel
        onCloseRequested: page.showHistory(false)
    }
    FileDialog {
        id: templateFileDialog
        title: qsTr("Open a template file")
        nameFilters: [qsTr("Template files (*.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: page.openTemplateFile(selectedFile)
    }
    TemplateWizard {
        id: wizard
        objectName: "templateWizard"
        anchors.fill: parent
        visible: form.templateRef !== ""
        focus: visible
        form: form
        create: create
        onCloseRequested: page.closeTemplate()
        onEntityRequested: (ref) => page.entityRequested(ref)
    }
}
