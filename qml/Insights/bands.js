// SPDX-License-Identifier: Apache-2.0
.pragma library

// One colour per band rank, the same on cards, charts and tables:
// 3 on target / elite, 2 good / high, 1 average / medium, 0 poor / low,
// -1 no data.
function color(rank) {
    switch (rank) {
    case 3: return "#15803d"
    case 2: return "#65a30d"
    case 1: return "#d97706"
    case 0: return "#dc2626"
    default: return "#8a94a6"
    }
}

// The same, as a wash (#AARRGGBB) for the bands drawn behind a chart.
function wash(rank) {
    switch (rank) {
    case 3: return "#2215803d"
    case 2: return "#2065a30d"
    case 1: return "#20d97706"
    case 0: return "#1cdc2626"
    default: return "#1a8a94a6"
    }
}
