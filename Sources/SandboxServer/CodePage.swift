/// The HTML pages of the login origin: consent, the out-of-band code, errors.
enum CodePage {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func consent(_ pairs: [(String, String)]) -> String {
        let hidden = pairs.filter { $0.0 != "approve" }
            .map { "<input type=\"hidden\" name=\"\(escape($0.0))\" value=\"\(escape($0.1))\">" }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html><head><title>Authorize Sitewalk Sandbox</title></head>
        <body>
        <h1>Sandbox Demo Company</h1>
        <p>An application would like to connect to your Procore Sandbox account as API Support.</p>
        <form method="post" action="/oauth/authorize">
        \(hidden)
        <button type="submit" name="approve" value="1">Allow</button>
        </form>
        </body></html>

        """
    }

    static func native(code: String) -> String {
        """
        <!DOCTYPE html>
        <html><head><title>Authorization code</title></head>
        <body>
        <h1>Authorization code</h1>
        <p>Copy this code, switch to your application and paste it there:</p>
        <code id="authorization_code">\(escape(code))</code>
        </body></html>

        """
    }

    static func error(_ message: String) -> String {
        "<!DOCTYPE html>\n<html><head><title>Error</title></head><body><h1>An error has occurred</h1><p>\(escape(message))</p></body></html>\n"
    }
}
