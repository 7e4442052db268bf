// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Atrium
import Atrium.Models
import AtriumTest

// The Graph page on the demo catalog: clicking and double-clicking boxes,
// the keyboard, zoom, the filters, "too large" and the blast radius.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        GraphPage {
            width: root.width
            height: root.height
            controller: TestApp
        }
    }

    TestCase {
        name: "GraphPage"
        when: windowShown

        property var page
        property var graph
        property var canvas

        // Runs @p change and waits until the graph is drawn again.
        function relayout(change) {
            const spy = createTemporaryObject(signalSpyComponent, page, { target: graph, signalName: "settled" })
            change()
            spy.wait(10000)
            waitForRendering(page, 1000) // a frame if one is due (it times out when none is)
        }

        function node(ref) {
            return findChild(page, "graphNode:" + ref)
        }

        function init() {
            tryVerify(() => TestApp.graphReady, 20000)
            page = createTemporaryObject(pageComponent, root)
            verify(page)
            graph = page.graph
            canvas = page.canvas
            page.show("component:default/order-service", false)
            tryCompare(graph, "state", GraphController.Ready, 10000)
            waitForRendering(page, 1000) // a frame if one is due (it times out when none is)
        }

        function test_boxesForTheNeighbourhood() {
            verify(graph.nodes.count > 5)
            verify(node("component:default/order-service"))
            verify(node("group:default/team-commerce"))
            const legend = findChild(page, "legend")
            verify(legend.visible)
        }

        function test_clickSelectsDoubleClickRecentres() {
            const pay = node("component:default/payment-service")
            verify(pay)
            mouseClick(pay)
            compare(canvas.selectedRef, "component:default/payment-service")
            compare(graph.centerRef, "component:default/order-service")
            const open = findChild(page, "openSelected")
            verify(open.visible)
            relayout(() => mouseDoubleClickSequence(pay))
            compare(graph.centerRef, "component:default/payment-service")
            verify(node("component:default/payment-service").isCenter)
            compare(graph.state, GraphController.Ready)
        }

        function test_keyboardWalksBoxes() {
            canvas.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            verify(canvas.selectedRef !== "")
            const first = canvas.selectedRef
            keyClick(Qt.Key_Tab)
            verify(canvas.selectedRef !== first)
            const picked = canvas.selectedRef
            relayout(() => keyClick(Qt.Key_Return, Qt.ControlModifier))
            compare(graph.centerRef, picked)
            verify(node(picked).isCenter)
        }

        function test_enterOpensInCatalog() {
            const spy = createTemporaryObject(signalSpyComponent, page, { target: page, signalName: "openInCatalog" })
            canvas.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Return)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], canvas.selectedRef)
        }

        function test_zoomKeys() {
            canvas.forceActiveFocus()
            const z = canvas.zoom
            keyClick(Qt.Key_Plus)
            verify(canvas.zoom > z)
            keyClick(Qt.Key_Minus)
            keyClick(Qt.Key_Minus)
            verify(canvas.zoom < z)
            keyClick(Qt.Key_0)
            verify(canvas.zoom <= 1)
        }

        function test_depthAndKindFilters() {
            const before = graph.nodes.count
            relayout(() => graph.depth = 2)
            compare(graph.state, GraphController.Ready)
            verify(graph.nodes.count > before)
            verify(node("group:default/team-commerce"))
            relayout(() => graph.setKindShown("group", false))
            verify(!node("group:default/team-commerce"))
        }

        function test_tooLargeOffersToNarrow() {
            relayout(() => { graph.depth = 3; graph.maxNodes = 10 })
            compare(graph.state, GraphController.TooLarge)
            const message = findChild(page, "graphMessage")
            verify(message.visible)
            verify(!canvas.visible)
            const anyway = findChild(page, "drawAnyway")
            verify(anyway && anyway.visible)
            relayout(() => mouseClick(anyway))
            compare(graph.state, GraphController.Ready)
            compare(graph.nodes.count, graph.reachable + 1)
        }

        function test_blastRadiusOwners() {
            relayout(() => page.show("component:default/payment-service", true))
            compare(graph.state, GraphController.Ready)
            const owners = findChild(page, "ownersPanel")
            verify(owners.visible)
            verify(graph.owners.length >= 3)
            const list = findChild(page, "ownersList")
            tryVerify(() => list.count === graph.owners.length)
            verify(node("component:default/storefront-web"))
            // Ctrl+B goes back to the neighbourhood.
            keyClick(Qt.Key_B, Qt.ControlModifier)
            compare(graph.mode, GraphController.Neighbourhood)
        }
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
