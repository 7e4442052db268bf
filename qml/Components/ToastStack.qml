// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium
import Atrium.Models

// The toasts of a ToastModel, newest at the bottom, for the window's
// bottom right corner. The model keeps at most three and lets each go
// after a few seconds; with the pointer over them, none goes.
Column {
    id: stack
    property ToastModel model: null

    spacing: 8
    visible: model !== null && model.count > 0
    activeFocusOnTab: false

    HoverHandler {
        id: hover
    }
    Binding {
        target: stack.model
        when: stack.model !== null
        property: "paused"
        value: hover.hovered
    }

    Repeater {
        model: stack.model
        Toast {
            objectName: "toast"
            anchors.right: parent ? parent.right : undefined
            onActionClicked: stack.model.trigger(toastId)
            onCloseClicked: stack.model.dismiss(toastId)
        }
    }
}
