// SPDX-License-Identifier: Apache-2.0
import QtQuick

// A KPI's trend in a card: one point per period, a gap where a period has
// no value, the last value marked. Drawn on a Canvas (the software renderer
// draws it too); QtCharts is kept for the full chart.
Canvas {
    id: spark
    /** Numbers, or null for a period without a value. */
    property var values: []
    property color color: Theme.accent

    implicitHeight: 32
    onValuesChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    Accessible.ignored: true

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const v = values || []
        let lo = Infinity, hi = -Infinity
        for (let i = 0; i < v.length; ++i) {
            if (v[i] === null || v[i] === undefined)
                continue
            lo = Math.min(lo, v[i])
            hi = Math.max(hi, v[i])
        }
        if (v.length === 0 || lo === Infinity)
            return
        if (hi === lo) {
            hi += 1
            lo -= 1
        }
        const pad = 4
        const x = (i) => v.length === 1 ? width / 2 : pad + i * (width - 2 * pad) / (v.length - 1)
        const y = (val) => pad + (height - 2 * pad) * (1 - (val - lo) / (hi - lo))
        ctx.strokeStyle = spark.color
        ctx.lineWidth = 1.8
        ctx.lineJoin = "round"
        ctx.beginPath()
        let drawing = false
        let last = -1
        for (let i = 0; i < v.length; ++i) {
            if (v[i] === null || v[i] === undefined) {
                drawing = false
                continue
            }
            if (drawing)
                ctx.lineTo(x(i), y(v[i]))
            else
                ctx.moveTo(x(i), y(v[i]))
            drawing = true
            last = i
        }
        ctx.stroke()
        // Lone points (a gap on both sides) would be invisible as lines.
        ctx.fillStyle = spark.color
        for (let i = 0; i < v.length; ++i) {
            if (v[i] === null || v[i] === undefined)
                continue
            const alone = (i === 0 || v[i - 1] === null || v[i - 1] === undefined)
                && (i === v.length - 1 || v[i + 1] === null || v[i + 1] === undefined)
            if (alone || i === last) {
                ctx.beginPath()
                ctx.arc(x(i), y(v[i]), i === last ? 3 : 2, 0, 2 * Math.PI)
                ctx.fill()
            }
        }
    }
}
