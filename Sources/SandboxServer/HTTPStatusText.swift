/// Reason phrases and the HTML error page a proxy would serve.
enum HTTPStatusText {
    static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 408: return "Request Timeout"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "Error"
        }
    }

    static func htmlPage(_ status: Int) -> String {
        """
        <!DOCTYPE html>
        <html>
        <head><title>\(status) \(reason(status))</title></head>
        <body>
        <center><h1>\(status) \(reason(status))</h1></center>
        <hr><center>nginx</center>
        </body>
        </html>

        """
    }
}
