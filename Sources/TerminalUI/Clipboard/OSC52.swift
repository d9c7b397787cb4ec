import Foundation

/// The OSC 52 clipboard sequence, and tmux's passthrough wrapping of it.
///
/// Pure functions, so the exact bytes are tested without a terminal. The backend writes the result
/// straight to the terminal between frames (`CursesTerminal.writeRaw`).
public enum OSC52 {
    /// `ESC ] 52 ; c ; <base64> BEL`: asks the terminal to put `text` on the system clipboard.
    public static func sequence(for text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// tmux's DCS passthrough: `ESC P tmux; <sequence with every ESC doubled> ESC \`.
    ///
    /// tmux hands the inner sequence to the outer terminal (with `allow-passthrough on`).
    public static func tmuxWrapped(_ sequence: String) -> String {
        "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    /// The bytes to write for `text`: wrapped for tmux when `environment` has `TMUX` set.
    public static func bytes(for text: String, environment: [String: String]) -> String {
        let plain = sequence(for: text)
        if let tmux = environment["TMUX"], !tmux.isEmpty { return tmuxWrapped(plain) }
        return plain
    }
}
