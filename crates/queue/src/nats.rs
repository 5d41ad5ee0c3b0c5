//! A small, blocking client of the NATS text protocol: what distributed
//! ingest needs and nothing more (`CONNECT`, `PUB`/`HPUB`, `SUB`, `MSG`/`HMSG`,
//! `PING`/`PONG`, request-reply through one wildcard inbox subscription).
//! No TLS and no authentication beyond `user:password@` in the URL.
//!
//! One [`Connection`] is used by one thread. Replies to earlier requests that
//! arrive late are dropped; a server `PING` is answered while reading.

use crate::QueueError;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

/// The largest control line the client accepts from a server.
const MAX_LINE: usize = 64 * 1024;

/// A message received from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Its subject.
    pub subject: String,
    /// Where to reply (JetStream: the ack subject).
    pub reply: Option<String>,
    /// The header block (`NATS/1.0 ...` and header lines), when there was one.
    pub headers: Option<String>,
    /// The payload.
    pub payload: Vec<u8>,
}

impl Message {
    /// The status code of a header-only status message (`NATS/1.0 404
    /// No Messages` gives 404).
    pub fn status(&self) -> Option<u16> {
        let first = self.headers.as_deref()?.lines().next()?;
        first.strip_prefix("NATS/1.0")?.split_whitespace().next()?.parse().ok()
    }

    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.as_deref()?.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// What the server sent, one item of the protocol.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Incoming {
    Msg(Message),
    Ping,
    Pong,
    Ok,
    Err(String),
    Info(String),
}

/// Parses a `nats://[user[:pass]@]host[:port]` URL into (address, user, pass).
pub fn parse_url(url: &str) -> Result<(String, Option<String>, Option<String>), QueueError> {
    let rest = url
        .strip_prefix("nats://")
        .ok_or_else(|| QueueError::Url { url: url.to_string(), message: "expected nats://host:port".into() })?;
    let rest = rest.trim_end_matches('/');
    let (auth, host) = match rest.rsplit_once('@') {
        Some((a, h)) => (Some(a), h),
        None => (None, rest),
    };
    if host.is_empty() || host.contains('/') {
        return Err(QueueError::Url { url: url.to_string(), message: "expected nats://host:port".into() });
    }
    let addr = if host.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok()) {
        host.to_string()
    } else {
        format!("{host}:4222")
    };
    let (user, pass) = match auth {
        Some(a) => match a.split_once(':') {
            Some((u, p)) => (Some(u.to_string()), Some(p.to_string())),
            None => (Some(a.to_string()), None),
        },
        None => (None, None),
    };
    Ok((addr, user, pass))
}

/// A connection to a NATS server.
pub struct Connection {
    reader: BufReader<TcpStream>,
    writer: std::io::BufWriter<TcpStream>,
    inbox: String,
    next_reply: u64,
    next_sid: u64,
    max_payload: usize,
    url: String,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection").field("url", &self.url).finish()
    }
}

fn io(url: &str) -> impl Fn(std::io::Error) -> QueueError + '_ {
    move |e| QueueError::Io { url: url.to_string(), source: e }
}

impl Connection {
    /// Connects, says `CONNECT` and waits for the server's `PONG`.
    pub fn connect(url: &str, name: &str) -> Result<Connection, QueueError> {
        let (addr, user, pass) = parse_url(url)?;
        let redacted = match &user {
            Some(u) => format!("nats://{u}@{addr}"),
            None => format!("nats://{addr}"),
        };
        let url_for_err = redacted.clone();
        let err = io(&url_for_err);
        let sock = addr
            .to_socket_addrs()
            .map_err(&err)?
            .next()
            .ok_or_else(|| QueueError::Url { url: redacted.clone(), message: "no address".into() })?;
        let stream = TcpStream::connect_timeout(&sock, Duration::from_secs(10)).map_err(&err)?;
        stream.set_nodelay(true).map_err(&err)?;
        stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(&err)?;
        let reader = BufReader::new(stream.try_clone().map_err(&err)?);
        let writer = std::io::BufWriter::new(stream);
        let mut conn = Connection {
            reader,
            writer,
            inbox: format!("_INBOX.{}", unique_token()),
            next_reply: 0,
            next_sid: 1,
            max_payload: 1024 * 1024,
            url: redacted.clone(),
        };
        let info = match conn.read(Instant::now() + Duration::from_secs(10))? {
            Some(Incoming::Info(info)) => info,
            other => return Err(conn.protocol(format!("expected INFO, got {other:?}"))),
        };
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&info) {
            if let Some(n) = v.get("max_payload").and_then(|n| n.as_u64()) {
                conn.max_payload = n as usize;
            }
            if v.get("headers").and_then(|h| h.as_bool()) == Some(false) {
                return Err(conn.protocol("the server does not support headers (NATS 2.2 or newer needed)".into()));
            }
        }
        let mut connect = serde_json::json!({
            "verbose": false, "pedantic": false, "headers": true, "no_responders": true,
            "lang": "rust-dateline", "version": env!("CARGO_PKG_VERSION"), "protocol": 1, "name": name,
        });
        if let Some(u) = user {
            connect["user"] = u.into();
        }
        if let Some(p) = pass {
            connect["pass"] = p.into();
        }
        let line = format!("CONNECT {connect}\r\nPING\r\n");
        conn.writer.write_all(line.as_bytes()).map_err(io(&conn.url))?;
        conn.writer.flush().map_err(io(&conn.url))?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match conn.read(deadline)? {
                Some(Incoming::Pong) => break,
                Some(Incoming::Err(e)) => return Err(QueueError::Server { url: conn.url.clone(), message: e }),
                Some(_) => {}
                None => return Err(conn.protocol("no PONG after CONNECT".into())),
            }
        }
        let sub = format!("SUB {}.* 0\r\n", conn.inbox);
        conn.writer.write_all(sub.as_bytes()).map_err(io(&conn.url))?;
        Ok(conn)
    }

    /// The server's largest payload.
    pub fn max_payload(&self) -> usize {
        self.max_payload
    }

    /// The server URL without password.
    pub fn url(&self) -> &str {
        &self.url
    }

    fn protocol(&self, message: String) -> QueueError {
        QueueError::Protocol { url: self.url.clone(), message }
    }

    /// A fresh reply subject under this connection's inbox.
    pub fn new_inbox(&mut self) -> String {
        self.next_reply += 1;
        format!("{}.{}", self.inbox, self.next_reply)
    }

    /// Subscribes to `subject`; returns the subscription id.
    pub fn subscribe(&mut self, subject: &str) -> Result<u64, QueueError> {
        self.next_sid += 1;
        let sid = self.next_sid;
        let line = format!("SUB {subject} {sid}\r\n");
        self.writer.write_all(line.as_bytes()).map_err(io(&self.url))?;
        Ok(sid)
    }

    /// Queues a message (with headers when `headers` is not empty). Call
    /// [`Connection::flush`] or read to send it.
    pub fn publish(
        &mut self,
        subject: &str,
        reply: Option<&str>,
        headers: &[(&str, &str)],
        payload: &[u8],
    ) -> Result<(), QueueError> {
        if subject.is_empty() || subject.contains(char::is_whitespace) {
            return Err(self.protocol(format!("bad subject {subject:?}")));
        }
        let reply = reply.map(|r| format!(" {r}")).unwrap_or_default();
        let w = &mut self.writer;
        let e = io(&self.url);
        if headers.is_empty() {
            if payload.len() > self.max_payload {
                return Err(QueueError::TooLarge { bytes: payload.len(), max: self.max_payload });
            }
            write!(w, "PUB {subject}{reply} {}\r\n", payload.len()).map_err(&e)?;
        } else {
            let mut block = String::from("NATS/1.0\r\n");
            for (k, v) in headers {
                if k.contains([':', '\r', '\n']) || v.contains(['\r', '\n']) {
                    return Err(QueueError::Protocol { url: self.url.clone(), message: format!("bad header {k:?}") });
                }
                block.push_str(&format!("{k}: {v}\r\n"));
            }
            block.push_str("\r\n");
            let total = block.len() + payload.len();
            if total > self.max_payload {
                return Err(QueueError::TooLarge { bytes: total, max: self.max_payload });
            }
            write!(w, "HPUB {subject}{reply} {} {total}\r\n", block.len()).map_err(&e)?;
            w.write_all(block.as_bytes()).map_err(&e)?;
        }
        w.write_all(payload).map_err(&e)?;
        w.write_all(b"\r\n").map_err(&e)
    }

    /// Sends everything queued and waits until the server has processed it
    /// (a `PING`/`PONG` round trip). Messages that arrive meanwhile are
    /// returned.
    pub fn flush(&mut self, timeout: Duration) -> Result<Vec<Message>, QueueError> {
        self.writer.write_all(b"PING\r\n").map_err(io(&self.url))?;
        self.writer.flush().map_err(io(&self.url))?;
        let deadline = Instant::now() + timeout;
        let mut held = Vec::new();
        loop {
            match self.read(deadline)? {
                Some(Incoming::Pong) => return Ok(held),
                Some(Incoming::Msg(m)) => held.push(m),
                Some(Incoming::Err(e)) => return Err(QueueError::Server { url: self.url.clone(), message: e }),
                Some(_) => {}
                None => return Err(self.protocol("no PONG before the deadline".into())),
            }
        }
    }

    /// Sends a request and waits for its reply.
    pub fn request(&mut self, subject: &str, payload: &[u8], timeout: Duration) -> Result<Message, QueueError> {
        let inbox = self.new_inbox();
        self.publish(subject, Some(&inbox), &[], payload)?;
        self.writer.flush().map_err(io(&self.url))?;
        let deadline = Instant::now() + timeout;
        loop {
            match self.next_message(deadline)? {
                Some(m) if m.subject == inbox => {
                    if m.status() == Some(503) {
                        return Err(QueueError::NoResponders { subject: subject.to_string() });
                    }
                    return Ok(m);
                }
                Some(_) => {}
                None => return Err(QueueError::Timeout { what: format!("reply to {subject}") }),
            }
        }
    }

    /// The next message before `deadline` (None when it passes). Control
    /// lines are handled on the way; `-ERR` is an error.
    pub fn next_message(&mut self, deadline: Instant) -> Result<Option<Message>, QueueError> {
        self.writer.flush().map_err(io(&self.url))?;
        loop {
            match self.read(deadline)? {
                Some(Incoming::Msg(m)) => return Ok(Some(m)),
                Some(Incoming::Err(e)) => return Err(QueueError::Server { url: self.url.clone(), message: e }),
                Some(_) => {}
                None => return Ok(None),
            }
        }
    }

    /// Reads one protocol item; None when `deadline` passes first.
    pub(crate) fn read(&mut self, deadline: Instant) -> Result<Option<Incoming>, QueueError> {
        loop {
            let now = Instant::now();
            if now >= deadline && self.reader.buffer().is_empty() {
                return Ok(None);
            }
            let wait = deadline.saturating_duration_since(now).max(Duration::from_millis(1));
            self.reader.get_ref().set_read_timeout(Some(wait)).map_err(io(&self.url))?;
            let mut line = Vec::new();
            match read_line(&mut self.reader, &mut line) {
                Ok(0) => return Err(self.protocol("the server closed the connection".into())),
                Ok(_) => {}
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                    if line.is_empty() {
                        if Instant::now() >= deadline {
                            return Ok(None);
                        }
                        continue;
                    }
                    // A partial line: finish it whatever the deadline.
                    self.reader.get_ref().set_read_timeout(Some(Duration::from_secs(30))).map_err(io(&self.url))?;
                    let mut rest = Vec::new();
                    read_line(&mut self.reader, &mut rest).map_err(io(&self.url))?;
                    line.extend(rest);
                }
                Err(e) => return Err(io(&self.url)(e)),
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            let item = self.parse_line(text)?;
            if item == Incoming::Ping {
                self.writer.write_all(b"PONG\r\n").map_err(io(&self.url))?;
                self.writer.flush().map_err(io(&self.url))?;
                continue;
            }
            return Ok(Some(item));
        }
    }

    fn parse_line(&mut self, line: &str) -> Result<Incoming, QueueError> {
        let (op, rest) = line.split_once(' ').unwrap_or((line, ""));
        match op.to_ascii_uppercase().as_str() {
            "PING" => Ok(Incoming::Ping),
            "PONG" => Ok(Incoming::Pong),
            "+OK" => Ok(Incoming::Ok),
            "-ERR" => Ok(Incoming::Err(rest.trim().trim_matches('\'').to_string())),
            "INFO" => Ok(Incoming::Info(rest.to_string())),
            "MSG" => {
                let f: Vec<&str> = rest.split_whitespace().collect();
                let (subject, reply, n) = match f.as_slice() {
                    [s, _sid, n] => (s, None, n),
                    [s, _sid, r, n] => (s, Some(r.to_string()), n),
                    _ => return Err(self.protocol(format!("bad MSG line {line:?}"))),
                };
                let n: usize = n.parse().map_err(|_| self.protocol(format!("bad MSG size in {line:?}")))?;
                let payload = self.read_payload(n)?;
                Ok(Incoming::Msg(Message { subject: subject.to_string(), reply, headers: None, payload }))
            }
            "HMSG" => {
                let f: Vec<&str> = rest.split_whitespace().collect();
                let (subject, reply, h, n) = match f.as_slice() {
                    [s, _sid, h, n] => (s, None, h, n),
                    [s, _sid, r, h, n] => (s, Some(r.to_string()), h, n),
                    _ => return Err(self.protocol(format!("bad HMSG line {line:?}"))),
                };
                let h: usize = h.parse().map_err(|_| self.protocol(format!("bad HMSG size in {line:?}")))?;
                let n: usize = n.parse().map_err(|_| self.protocol(format!("bad HMSG size in {line:?}")))?;
                if h > n {
                    return Err(self.protocol(format!("header longer than message in {line:?}")));
                }
                let mut all = self.read_payload(n)?;
                let payload = all.split_off(h);
                let headers = String::from_utf8_lossy(&all).into_owned();
                Ok(Incoming::Msg(Message { subject: subject.to_string(), reply, headers: Some(headers), payload }))
            }
            _ => Err(self.protocol(format!("unknown protocol line {line:?}"))),
        }
    }

    fn read_payload(&mut self, n: usize) -> Result<Vec<u8>, QueueError> {
        if n > self.max_payload.max(MAX_LINE) + MAX_LINE {
            return Err(self.protocol(format!("message of {n} bytes is larger than the server's limit")));
        }
        self.reader.get_ref().set_read_timeout(Some(Duration::from_secs(30))).map_err(io(&self.url))?;
        let mut buf = vec![0u8; n + 2];
        self.reader.read_exact(&mut buf).map_err(io(&self.url))?;
        if &buf[n..] != b"\r\n" {
            return Err(self.protocol("payload not followed by CRLF".into()));
        }
        buf.truncate(n);
        Ok(buf)
    }
}

/// Reads up to and including `\n`, refusing lines longer than [`MAX_LINE`].
fn read_line(r: &mut BufReader<TcpStream>, out: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(total);
        }
        let (used, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        out.extend_from_slice(&buf[..used]);
        r.consume(used);
        total += used;
        if done {
            return Ok(total);
        }
        if out.len() > MAX_LINE {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "protocol line too long"));
        }
    }
}

/// A token unique enough for inbox names: time, process id and a counter.
pub(crate) fn unique_token() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{:x}{:x}{:x}", nanos, std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(parse_url("nats://127.0.0.1:4222").unwrap(), ("127.0.0.1:4222".into(), None, None));
        assert_eq!(parse_url("nats://localhost").unwrap().0, "localhost:4222");
        assert_eq!(parse_url("nats://me:pw@h:5000/").unwrap(), ("h:5000".into(), Some("me".into()), Some("pw".into())));
        assert!(parse_url("http://h:4222").is_err());
        assert!(parse_url("nats://").is_err());
    }

    #[test]
    fn status_and_headers() {
        let m = Message {
            subject: "x".into(),
            reply: None,
            headers: Some("NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: 1\r\n\r\n".into()),
            payload: vec![],
        };
        assert_eq!(m.status(), Some(408));
        assert_eq!(m.header("nats-pending-messages"), Some("1"));
        let plain = Message { subject: "x".into(), reply: None, headers: None, payload: vec![] };
        assert_eq!(plain.status(), None);
    }

    /// A fake server on a local socket: checks what the client sends and
    /// sends MSG, HMSG, PING and a message split across writes.
    #[test]
    fn speaks_the_protocol_with_a_fake_server() {
        use std::io::Write as _;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            s.write_all(b"INFO {\"max_payload\":64,\"headers\":true}\r\n").unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            assert!(line.starts_with("CONNECT {"), "{line}");
            line.clear();
            r.read_line(&mut line).unwrap();
            assert_eq!(line, "PING\r\n");
            s.write_all(b"PONG\r\n").unwrap();
            line.clear();
            r.read_line(&mut line).unwrap();
            assert!(line.starts_with("SUB _INBOX."), "{line}");
            // A request with headers-free payload: reply with HMSG + PING first.
            line.clear();
            r.read_line(&mut line).unwrap();
            let f: Vec<&str> = line.split_whitespace().collect();
            assert_eq!((f[0], f[1]), ("PUB", "svc.echo"));
            let inbox = f[2].to_string();
            let mut body = String::new();
            r.read_line(&mut body).unwrap();
            assert_eq!(body, "hi\r\n");
            s.write_all(b"PING\r\n").unwrap();
            s.write_all(format!("MSG {inbox}.stale 0 3\r\nold\r\n").as_bytes()).unwrap();
            let reply = format!("HMSG {inbox} 0 22 27\r\nNATS/1.0\r\nA-B: c d\r\n\r\nhel");
            s.write_all(reply.as_bytes()).unwrap();
            s.flush().unwrap();
            std::thread::sleep(Duration::from_millis(50));
            s.write_all(b"lo\r\n").unwrap();
            line.clear();
            r.read_line(&mut line).unwrap();
            assert_eq!(line, "PONG\r\n", "the client answers PING");
        });
        let mut c = Connection::connect(&format!("nats://{addr}"), "test").unwrap();
        assert_eq!(c.max_payload(), 64);
        assert!(matches!(c.publish("a", None, &[], &[b'x'; 65]), Err(QueueError::TooLarge { .. })));
        let m = c.request("svc.echo", b"hi", Duration::from_secs(5)).unwrap();
        assert_eq!(m.payload, b"hello");
        assert_eq!(m.header("a-b"), Some("c d"));
        server.join().unwrap();
    }
}
