@preconcurrency import CNcurses
import Foundation

/// The ncurses backend: sets the terminal up as careful tools do, copies the canvas to the screen
/// (only the rows that changed), reads keys, and restores the terminal on every exit path.
public final class CursesTerminal {
    /// The theme in use.
    public private(set) var theme: Theme
    /// Whether box-drawing characters can be drawn (a UTF-8 locale).
    public let unicode: Bool
    /// Colours the terminal has (0 when it has none).
    public private(set) var colors: Int = 0
    /// True once the terminal went away (the pty closed): the loop should end.
    public private(set) var hungUp = false
    private var pairs: [Int64: Int16] = [:]
    /// Attributes and colour pair per style drawn so far (cleared with the theme).
    private var styleAttributes: [Style: (attr_t, Int16)] = [:]
    /// The last style converted, the common case being the same style as the cell before.
    private var lastStyle: (style: Style, attrs: attr_t, pair: Int16)?
    private var previous: Canvas?
    private let wakePipe: WakePipe
    private var active = false
    nonisolated(unsafe) private static var liveInstance = false

    /// Initialises the screen. Call `restore()` before exiting (the deinit and an atexit hook also do).
    public init(theme: Theme, wakePipe: WakePipe) {
        self.theme = theme
        self.wakePipe = wakePipe
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        unicode = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        if unicode { setenv("NCURSES_NO_UTF8_ACS", "1", 0) }
        setenv("ESCDELAY", "25", 0)
        initscr()
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        intrflush(stdscr, false)
        curs_set(0)
        set_escdelay(25)
        leaveok(stdscr, true)
        scrollok(stdscr, false)
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(COLORS)
        }
        mousemask(sw_BUTTON1_PRESSED() | sw_BUTTON1_CLICKED() | sw_BUTTON4_PRESSED() | sw_BUTTON5_PRESSED(), nil)
        mouseinterval(0)
        // ncurses 6.4 flushes its output at every cursor movement until the screen has once come back
        // from `endwin` (its "initial" state is meant for low-level terminfo programs), so a frame that
        // changes many separate places went out as a hundred small writes, each waking the terminal.
        // One round trip through endwin puts it in its running state: a frame is then one write.
        refresh()
        endwin()
        refresh()
        active = true
        Self.liveInstance = true
        atexit {
            if CursesTerminal.liveInstance { endwin() }
        }
    }

    /// Switches theme (colour pairs are rebuilt on the next draw).
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        pairs.removeAll()
        styleAttributes.removeAll()
        lastStyle = nil
        previous = nil
    }

    /// Writes bytes straight to the terminal, bypassing curses (OSC 52 clipboard sequences). Call it
    /// between frames: curses' output is already flushed by `refresh`, these bytes are written whole.
    public func writeRaw(_ text: String) {
        guard active else { return }
        fflush(stdout)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// The screen size in cells.
    public func size() -> (width: Int, height: Int) {
        var y: Int32 = 0, x: Int32 = 0
        sw_getmaxyx(stdscr, &y, &x)
        return (Int(x), Int(y))
    }

    /// Forces a full repaint on the next draw (after a resize).
    public func invalidate() {
        previous = nil
        clearok(stdscr, true)
    }

    /// Copies the canvas to the screen, touching only the cells that changed since the last draw.
    ///
    /// Changed cells are compared one by one against the previous frame. Runs of changed single-width
    /// cells with one scalar each (nearly all text) go to ncurses in one `mvadd_wchnstr` call; a wide
    /// character, a cluster of several scalars, or a scalar whose libc width disagrees with the canvas
    /// is written on its own at its own column, so ncurses and the canvas never disagree on where a
    /// cell is. Styles are converted to attributes and colour pairs once per distinct style.
    public func draw(_ canvas: Canvas) {
        let width = canvas.width
        let old: [Cell]?
        if let previous, previous.width == width, previous.height == canvas.height {
            old = previous.cells
        } else {
            old = nil
            erase()
        }
        let run = UnsafeMutablePointer<cchar_t>.allocate(capacity: max(1, width))
        defer { run.deallocate() }
        var single = [wchar_t](repeating: 0, count: 16)
        canvas.cells.withUnsafeBufferPointer { cells in
            for y in 0..<canvas.height {
                let rowStart = y * width
                var runStart = -1
                var runLength = 0
                func flushRun() {
                    if runLength > 0 {
                        _ = sw_put_run(Int32(y), Int32(runStart), run, Int32(runLength))
                    }
                    runLength = 0
                    runStart = -1
                }
                for x in 0..<width {
                    let cell = cells[rowStart + x]
                    if let old, old[rowStart + x] == cell {
                        flushRun()
                        continue
                    }
                    if cell.width == 0 {
                        // The continuation of a wide character: ncurses fills it when the character is written.
                        flushRun()
                        continue
                    }
                    let (attrs, pair) = attributes(for: cell.style)
                    if cell.width == 1, let scalar = Self.narrowScalar(cell.glyph) {
                        if runLength == 0 { runStart = x }
                        sw_set_cchar(run + runLength, wchar_t(bitPattern: scalar), attrs, pair)
                        runLength += 1
                        continue
                    }
                    flushRun()
                    var count = 0
                    if cell.glyph.isEmpty {
                        single[0] = 32
                        count = 1
                    } else {
                        cell.glyph.forEachScalar { value in
                            if count < single.count - 1 {
                                single[count] = wchar_t(bitPattern: value)
                                count += 1
                            }
                        }
                    }
                    single[count] = 0
                    _ = sw_put_cell(Int32(y), Int32(x), single, attrs, pair)
                }
                flushRun()
            }
        }
        previous = canvas
        let start = FrameTrace.now()
        refresh()
        lastRefreshNanoseconds = FrameTrace.now() - start
    }

    /// How long the last `refresh()` (ncurses writing the changes to the terminal) took.
    public private(set) var lastRefreshNanoseconds: UInt64 = 0

    /// The scalar of a glyph that is exactly one scalar that libc (and so ncurses) also draws one cell
    /// wide; nil otherwise. Printable ASCII needs no lookup.
    private static func narrowScalar(_ glyph: Glyph) -> UInt32? {
        guard let scalar = glyph.singleScalar else { return nil }
        if scalar < 0x80 { return scalar >= 0x20 && scalar != 0x7F ? scalar : nil }
        return sw_wcwidth(wchar_t(bitPattern: scalar)) == 1 ? scalar : nil
    }

    /// Waits up to `timeout` milliseconds for input or a wake-up and returns the keys read.
    public func readKeys(timeout: Int32) -> [KeyEvent] {
        var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wakePipe.readFD, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, timeout)
        if ready > 0, fds[1].revents != 0 { wakePipe.drain() }
        if ready > 0, fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { hungUp = true }
        var keys: [KeyEvent] = []
        nodelay(stdscr, true)
        var ch: wint_t = 0
        while keys.count < 256 {
            let rc = wget_wch(stdscr, &ch)
            if rc == ERR { break }
            if let key = translate(rc: rc, ch: ch) { keys.append(key) }
        }
        return keys
    }

    /// Ends curses mode: colours reset, cursor visible, echo on.
    public func restore() {
        guard active else { return }
        active = false
        Self.liveInstance = false
        curs_set(1)
        endwin()
    }

    deinit { restore() }

    private func translate(rc: Int32, ch: wint_t) -> KeyEvent? {
        let code = Int32(bitPattern: ch)
        if rc == KEY_CODE_YES {
            switch code {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BTAB: return .backTab
            case KEY_RESIZE: return .resize
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                if event.bstate & sw_BUTTON4_PRESSED() != 0 { return .wheel(-3) }
                if event.bstate & sw_BUTTON5_PRESSED() != 0 { return .wheel(3) }
                return .click(x: Int(event.x), y: Int(event.y))
            default:
                for n in 1...12 where code == sw_KEY_F(Int32(n)) { return .function(n) }
                return nil
            }
        }
        switch code {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            guard code >= 32, let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return .char(Character(scalar))
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        if let lastStyle, lastStyle.style == style { return (lastStyle.attrs, lastStyle.pair) }
        let converted: (attr_t, Int16)
        if let known = styleAttributes[style] {
            converted = known
        } else {
            converted = convert(style)
            styleAttributes[style] = converted
        }
        lastStyle = (style, converted.0, converted.1)
        return converted
    }

    private func convert(_ style: Style) -> (attr_t, Int16) {
        var attrs: attr_t = 0
        if style.attributes.contains(.bold) { attrs |= sw_A_BOLD() }
        if style.attributes.contains(.dim) { attrs |= sw_A_DIM() }
        if style.attributes.contains(.reverse) { attrs |= sw_A_REVERSE() }
        if style.attributes.contains(.underline) { attrs |= sw_A_UNDERLINE() }
        if style.attributes.contains(.italic) { attrs |= sw_A_ITALIC() }
        guard colors > 0, !theme.monochrome else {
            if style.fg == .selectionFG || style.bg == .selectionBG { attrs |= sw_A_REVERSE() }
            return (attrs, 0)
        }
        let fg = theme.color(style.fg).paletteIndex(colors: colors)
        let bg = theme.color(style.bg).paletteIndex(colors: colors)
        if fg == -1 && bg == -1 { return (attrs, 0) }
        let key = Int64(fg + 1) << 16 | Int64(bg + 1)
        if let pair = pairs[key] { return (attrs, pair) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < COLOR_PAIRS else { return (attrs, 0) }
        init_pair(next, Int16(fg), Int16(bg))
        pairs[key] = next
        return (attrs, next)
    }
}
