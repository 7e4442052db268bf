// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Models

// Below the toolbar: "Add filter" (each field's values among the rows shown,
// with counts) and the active filters as chips with × to remove them.
Rectangle {
    id: bar
    required property CatalogFilterModel filter
    readonly property var fields: [CatalogFilterModel.TypeField, CatalogFilterModel.OwnerField,
        CatalogFilterModel.LifecycleField, CatalogFilterModel.TagField, CatalogFilterModel.SystemField,
        CatalogFilterModel.NamespaceField]

    /** Whether the menu is open: its counts are kept up to date only then. */
    property bool menuOpen: false

    implicitHeight: Theme.grow(42)
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 6

        Button {
            id: addButton
            objectName: "addFilterButton"
            implicitHeight: Theme.grow(28)
            flat: true
            text: qsTr("+ Add filter")
            font.pixelSize: Theme.fontSize
            onClicked: addMenu.open()
            Accessible.name: qsTr("Add filter")

            Menu {
                id: addMenu
                objectName: "addFilterMenu"
                y: addButton.height
                onAboutToShow: bar.menuOpen = true
                onClosed: bar.menuOpen = false

                Instantiator {
                    model: bar.fields
                    delegate: Menu {
                        id: fieldMenu
                        required property int modelData
                        // Counting 50k rows per field is for an open menu only.
                        property FieldValuesModel values: FieldValuesModel {
                            filter: bar.menuOpen ? bar.filter : null
                            field: fieldMenu.modelData
                            limit: 30
                        }
                        title: bar.filter.fieldLabel(modelData)

                        Instantiator {
                            model: fieldMenu.values
                            delegate: MenuItem {
                                required property string value
                                required property int count
                                text: value + "  (" + count.toLocaleString(Qt.locale(), "f", 0) + ")"
                                onTriggered: bar.filter.setFieldFilter(fieldMenu.modelData, value)
                            }
                            onObjectAdded: (index, object) => fieldMenu.insertItem(index, object)
                            onObjectRemoved: (index, object) => fieldMenu.removeItem(object)
                        }
                    }
                    onObjectAdded: (index, object) => addMenu.insertMenu(index, object)
                    onObjectRemoved: (index, object) => addMenu.removeMenu(object)
                }
            }
        }

        Repeater {
            model: bar.filter.fieldFilters
            delegate: Rectangle {
                id: chip
                required property var modelData
                objectName: "filterChip-" + modelData.field
                implicitWidth: chipText.implicitWidth + removeChip.width + 16
                implicitHeight: Theme.grow(26)
                radius: 13
                color: Theme.selection
                border.color: Theme.selectionBorder

                Text {
                    id: chipText
                    anchors.left: parent.left
                    anchors.leftMargin: 10
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("%1: %2").arg(chip.modelData.label).arg(chip.modelData.value)
                    color: Theme.text
                    font.pixelSize: Theme.smallFontSize + 1
                }
                ToolButton {
                    id: removeChip
                    anchors.right: parent.right
                    anchors.rightMargin: 2
                    anchors.verticalCenter: parent.verticalCenter
                    width: 22
                    height: Theme.grow(22, 0.85)
                    icon.source: "qrc:/icons/close.svg"
                    icon.width: 9
                    icon.height: 9
                    focusPolicy: Qt.NoFocus
                    onClicked: bar.filter.removeFieldFilter(chip.modelData.field)
                    Accessible.name: qsTr("Remove filter %1").arg(chipText.text)
                }
            }
        }

        Button {
            visible: bar.filter.fieldFilters.length > 1
            implicitHeight: Theme.grow(28)
            flat: true
            text: qsTr("Clear filters")
            font.pixelSize: Theme.smallFontSize + 1
            onClicked: bar.filter.clearFieldFilters()
        }

        Item { Layout.fillWidth: true }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
}
