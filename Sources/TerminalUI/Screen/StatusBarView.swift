import Foundation
import ProcoreAPI
import Workspace

/// The status bar: environment badge, user, token countdown, rate limit, activity, flash, READ-ONLY.
public enum StatusBarView {
    /// Draws the bar on one row.
    public static func render(_ session: SessionInfo, flash: FlashMessage?, extra: String?, in rect: Rect,
                              state: BrowserUIState, canvas: inout Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        canvas.fill(rect, style: Style(fg: .fg, bg: .normal, [.reverse]))
        let base = Style(fg: .fg, bg: .normal, [.reverse])
        let readOnly = " READ-ONLY "
        let readOnlyWidth = DisplayWidth.of(readOnly)
        var x = rect.x
        let limit = rect.maxX - (rect.width > 40 ? readOnlyWidth : 0)
        func put(_ text: String, _ style: Style) {
            guard x < limit else { return }
            x += canvas.put(text, x: x, y: rect.y, style: style, maxWidth: limit - x)
        }
        let envRole: ColorRole
        switch session.environmentKind {
        case .production: envRole = .envProduction
        case .sandbox: envRole = .envSandbox
        case .monthly: envRole = .envMonthly
        case .demo, .custom: envRole = .envOther
        }
        let badge = session.environmentKind == .production ? " ⚠ \(session.environmentName.uppercased()) " : " \(session.environmentName) "
        put(badge, Style(fg: .bg, bg: envRole, [.bold]))
        if let user = session.userName { put(" \(user) ", base) }
        let (tokenText, tokenRole) = tokenSummary(session.token, now: state.now)
        put("│", base)
        put(" \(tokenText) ", tokenRole == .fg ? base : Style(fg: tokenRole, bg: .normal, [.reverse, .bold]))
        if let rate = session.rateLimit {
            put("│", base)
            if rate.remaining <= 0 {
                let wait = Int(rate.reset.timeIntervalSince(state.now).rounded(.up))
                put(" rate limited · resets in \(NumberText.duration(wait)) ", Style(fg: .warning, bg: .normal, [.reverse, .bold]))
            } else {
                put(" rate \(rate.remaining)/\(rate.limit) ", base)
            }
        }
        if session.loadsInFlight > 0 {
            put("│", base)
            put(" \(Spinner.frame(state.spinnerFrame)) \(session.loadsInFlight) loading ", base)
        }
        if let extra {
            put("│", base)
            put(" \(extra) ", base)
        }
        if let flash {
            put("│", base)
            put(" \(flash.text) ", flash.level == .error ? Style(fg: .error, bg: .normal, [.reverse, .bold]) : Style(fg: .ok, bg: .normal, [.reverse, .bold]))
        }
        if rect.width > 40 {
            canvas.put(readOnly, x: rect.maxX - readOnlyWidth, y: rect.y, style: Style(fg: .ok, bg: .normal, [.reverse, .bold]))
        }
    }

    /// The token's text and colour: `token 1h12m`, a warning in the last 5 minutes, `refreshing…`, signed out.
    public static func tokenSummary(_ token: TokenStatus, now: Date) -> (String, ColorRole) {
        switch token.phase {
        case .unknown: return ("token —", .fg)
        case .signingIn: return ("signing in…", .fg)
        case .refreshing: return ("token refreshing…", .warning)
        case .signedOut(let reason): return ("signed out: \(reason)", .error)
        case .valid:
            guard let expires = token.expiresAt else { return ("token ok", .fg) }
            let left = Int(expires.timeIntervalSince(now))
            if left <= 0 { return (token.canRefresh || token.grant == "client_credentials" ? "token expired · renews on next request" : "token expired — sign in again (e)", .error) }
            return ("token \(NumberText.duration(left))", left < 300 ? .warning : .fg)
        }
    }
}
