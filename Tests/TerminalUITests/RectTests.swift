import Testing
@testable import TerminalUI

@Suite("Rect")
struct RectTests {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test("Edges, emptiness and inset")
    func basics() {
        #expect(screen.maxX == 80 && screen.maxY == 24)
        #expect(!screen.isEmpty)
        #expect(Rect(x: 3, y: 3, width: 0, height: 5).isEmpty)
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -4, height: 2).width == 0)
    }

    @Test("Intersection clips and is empty when apart")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }

    @Test("Splits partition the rectangle and clamp")
    func splits() {
        let (left, right) = screen.splitLeft(30)
        #expect(left == Rect(x: 0, y: 0, width: 30, height: 24))
        #expect(right == Rect(x: 30, y: 0, width: 50, height: 24))
        let (header, body) = screen.splitTop(1)
        #expect(header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(body == Rect(x: 0, y: 1, width: 80, height: 23))
        let (main, status) = screen.splitBottom(1)
        #expect(main == Rect(x: 0, y: 0, width: 80, height: 23))
        #expect(status == Rect(x: 0, y: 23, width: 80, height: 1))
        let (all, none) = screen.splitLeft(200)
        #expect(all == screen && none.isEmpty)
    }

    @Test("row(i) is one line inside, empty outside")
    func rows() {
        let list = Rect(x: 2, y: 5, width: 10, height: 3)
        #expect(list.row(0) == Rect(x: 2, y: 5, width: 10, height: 1))
        #expect(list.row(2) == Rect(x: 2, y: 7, width: 10, height: 1))
        #expect(list.row(3).isEmpty)
        #expect(list.row(-1).isEmpty)
    }
}
