import Workspace

/// Decides which panes are visible and how wide they are, for a body rectangle and a focus.
///
/// Wide terminals show every column; narrower ones slide a window of columns that keeps the focus
/// and its right neighbour; the narrowest show only the focused pane (the breadcrumb says where).
public enum PaneLayout {
    /// The visible panes, left to right, with their rectangles.
    public static func columns(in body: Rect, focus: Focus) -> [(Focus, Rect)] {
        let width = body.width
        var plan: [(Focus, Int)]
        if width >= 180 {
            let inspector = max(40, width * 30 / 100)
            plan = [(.companies, 26), (.projects, 32), (.tools, 18), (.records, 0), (.inspector, inspector)]
        } else if width >= 100 {
            if focus <= .tools {
                plan = [(.companies, min(26, width / 5)), (.projects, min(32, width / 4)), (.tools, 22), (.records, 0)]
            } else {
                plan = [(.tools, 16), (.records, 0), (.inspector, max(36, width * 36 / 100))]
            }
        } else if width >= 60 {
            switch focus {
            case .companies: plan = [(.companies, width * 45 / 100), (.projects, 0)]
            case .projects: plan = [(.projects, width * 45 / 100), (.tools, 0)]
            case .tools: plan = [(.tools, 22), (.records, 0)]
            case .records: plan = [(.records, 0), (.inspector, width * 42 / 100)]
            // Reading a record: the inspector takes the larger share.
            case .inspector: plan = [(.records, 0), (.inspector, width * 58 / 100)]
            }
        } else {
            plan = [(focus, 0)]
        }
        let fixed = plan.reduce(0) { $0 + $1.1 }
        let flexible = max(10, width - fixed)
        var x = body.x
        var result: [(Focus, Rect)] = []
        for (index, entry) in plan.enumerated() {
            var w = entry.1 == 0 ? flexible : entry.1
            if index == plan.count - 1 { w = body.x + width - x }
            guard w > 0 else { continue }
            result.append((entry.0, Rect(x: x, y: body.y, width: w, height: body.height)))
            x += w
        }
        return result
    }
}
