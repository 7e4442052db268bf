// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Atrium

// One cell of the entity table: one line, elided, vertically centred.
Text {
    height: Theme.rowHeight
    leftPadding: 12
    rightPadding: 8
    verticalAlignment: Text.AlignVCenter
    elide: Text.ElideRight
    maximumLineCount: 1
    color: Theme.textSecondary
    font.pixelSize: Theme.fontSize
}
