//! The forms a paste can take, each with the words the page uses for it and a stable key.

/// What a paste was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// Nothing but whitespace.
    Empty,
    /// A bare body (or text no reader recognises).
    Body,
    /// One raw HTTP request: request line or headers, blank line, body.
    Request,
    /// Several raw HTTP requests one after another.
    Requests,
    /// A TCP stream (Wireshark's "Follow TCP Stream"): the request, then the receiver's answer.
    TcpStream,
    /// A pasted HTTP response: what a receiver answered.
    Response,
    /// `curl -v` output as a terminal shows it.
    CurlVerbose,
    /// A JSON array whose items are deliveries.
    JsonArray,
    /// One delivery per line (a log), with or without a prefix before the JSON.
    JsonLines,
    /// A HAR file from the browser's devtools.
    Har,
    /// One log line: a prefix (time, level, message), then the delivery's JSON.
    LogLine,
    /// A request logged as JSON: `{headers, body}`, `{request: {…}}`, `{method, url, headers, body}`.
    Wrapped,
    /// nginx or Apache access-log lines with the body in a quoted field.
    AccessLog,
    /// `key=value` log lines (logfmt) with the body under a body key.
    KeyValueLog,
    /// ASP.NET Core's HttpLogging middleware output.
    AspNetLog,
    /// Node's `util.inspect` (or `console.log`) of an Express request.
    NodeInspect,
    /// Python's printout of a Flask or Django request: `headers: {…}`, `body: b'…'`.
    PythonDump,
}

impl Form {
    /// How the page names the form ("12 deliveries from …").
    pub fn label(self) -> &'static str {
        match self {
            Form::Empty => "nothing",
            Form::Body => "a JSON body",
            Form::Request => "a raw HTTP request",
            Form::Requests => "raw HTTP requests",
            Form::TcpStream => "a TCP stream",
            Form::Response => "an HTTP response",
            Form::CurlVerbose => "curl -v output",
            Form::JsonArray => "a JSON array",
            Form::JsonLines => "JSON Lines (one delivery per line)",
            Form::Har => "a HAR file's POST requests",
            Form::LogLine => "a log line",
            Form::Wrapped => "a request logged as JSON",
            Form::AccessLog => "an nginx/Apache access log",
            Form::KeyValueLog => "a key=value log",
            Form::AspNetLog => "ASP.NET Core HttpLogging output",
            Form::NodeInspect => "a Node.js dump of a request (util.inspect)",
            Form::PythonDump => "a Python dump of a request (Flask, Django)",
        }
    }

    /// Stable identifier (the captures corpus's manifest, `data-form`).
    pub fn key(self) -> &'static str {
        match self {
            Form::Empty => "empty",
            Form::Body => "body",
            Form::Request => "request",
            Form::Requests => "requests",
            Form::TcpStream => "tcp-stream",
            Form::Response => "response",
            Form::CurlVerbose => "curl-v",
            Form::JsonArray => "json-array",
            Form::JsonLines => "json-lines",
            Form::Har => "har",
            Form::LogLine => "log-line",
            Form::Wrapped => "wrapped",
            Form::AccessLog => "access-log",
            Form::KeyValueLog => "kv-log",
            Form::AspNetLog => "aspnet-log",
            Form::NodeInspect => "node-inspect",
            Form::PythonDump => "python-dump",
        }
    }

    pub const ALL: [Form; 17] = [
        Form::Empty,
        Form::Body,
        Form::Request,
        Form::Requests,
        Form::TcpStream,
        Form::Response,
        Form::CurlVerbose,
        Form::JsonArray,
        Form::JsonLines,
        Form::Har,
        Form::LogLine,
        Form::Wrapped,
        Form::AccessLog,
        Form::KeyValueLog,
        Form::AspNetLog,
        Form::NodeInspect,
        Form::PythonDump,
    ];
}
