//! The JetStream JSON API over [`Connection`]: streams, durable pull
//! consumers with explicit acks, de-duplicated publishing (`Nats-Msg-Id`).
//!
//! - `$JS.API.STREAM.INFO.<stream>` / `STREAM.CREATE.<stream>`: a work-queue
//!   stream (a message is removed once acked), file storage, a duplicate
//!   window in which a `Nats-Msg-Id` seen before is acknowledged as a
//!   duplicate and not stored again.
//! - `$JS.API.CONSUMER.DURABLE.CREATE.<stream>.<consumer>`: one durable pull
//!   consumer shared by every worker, `ack_policy: explicit`, `ack_wait`
//!   after which an unacked message is delivered again (to any worker),
//!   `max_deliver` after which it is given up.
//! - `$JS.API.CONSUMER.MSG.NEXT.<stream>.<consumer>`: pull a batch; status
//!   messages 404/408 end it.
//! - acks: `+ACK`, `-NAK`, `+TERM`, `+WPI` published to the message's reply
//!   subject.

use crate::nats::{Connection, Message};
use crate::QueueError;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// How long an API request may take.
const API_TIMEOUT: Duration = Duration::from_secs(10);

/// Stream and consumer settings.
#[derive(Debug, Clone)]
pub struct StreamConfig {
    /// The stream's name (also its subject prefix: `dateline.<stream>`).
    pub stream: String,
    /// The durable consumer the workers share.
    pub consumer: String,
    /// How long a delivered message may stay unacked before it is delivered
    /// again.
    pub ack_wait: Duration,
    /// Deliveries after which a message is given up (left for inspection).
    pub max_deliver: i64,
    /// The window in which a repeated `Nats-Msg-Id` is dropped.
    pub duplicate_window: Duration,
}

impl StreamConfig {
    /// Defaults for `stream`: consumer `workers`, ack wait 60 s, 5
    /// deliveries, 24 h duplicate window.
    pub fn new(stream: &str) -> StreamConfig {
        StreamConfig {
            stream: stream.to_string(),
            consumer: "workers".into(),
            ack_wait: Duration::from_secs(60),
            max_deliver: 5,
            duplicate_window: Duration::from_secs(24 * 3600),
        }
    }

    /// The subject articles are published on.
    pub fn subject(&self) -> String {
        format!("dateline.{}", self.stream)
    }
}

/// Stream and consumer names: letters, digits, `-` and `_`.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What the server said about a publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PubOutcome {
    /// Stored under this stream sequence.
    Stored(u64),
    /// A message with the same id was stored before (inside the window).
    Duplicate,
}

/// A message pulled from the consumer, with its delivery metadata.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// The message.
    pub message: Message,
    /// Its sequence number in the stream.
    pub stream_seq: u64,
    /// How many times it has been delivered (1 the first time).
    pub delivered: u64,
}

impl Delivery {
    fn from_message(message: Message) -> Option<Delivery> {
        let reply = message.reply.as_deref()?;
        let t: Vec<&str> = reply.split('.').collect();
        if t.len() < 9 || t[0] != "$JS" || t[1] != "ACK" {
            return None;
        }
        // $JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<cseq>.<ts>.<pending>
        // or, since 2.10, $JS.ACK.<domain>.<hash>.<stream>.<consumer>.<delivered>....
        let base = if t.len() >= 12 { 4 } else { 2 };
        let delivered = t.get(base + 2)?.parse().ok()?;
        let stream_seq = t.get(base + 3)?.parse().ok()?;
        Some(Delivery { message, stream_seq, delivered })
    }
}

/// Stream and consumer state for `dateline status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct QueueState {
    /// Messages in the stream (work queue: not yet acked).
    pub messages: u64,
    /// Bytes in the stream.
    pub bytes: u64,
    /// Last stream sequence (messages ever stored).
    pub last_seq: u64,
    /// Messages the consumer has not delivered yet.
    pub pending: u64,
    /// Delivered and not acked yet.
    pub ack_pending: u64,
    /// Messages delivered more than once.
    pub redelivered: u64,
    /// Pull requests waiting (roughly: idle workers).
    pub waiting: u64,
}

/// A JetStream context on one connection.
#[derive(Debug)]
pub struct JetStream {
    conn: Connection,
    cfg: StreamConfig,
}

fn api_error(v: &Value) -> Option<(u64, String)> {
    let e = v.get("error")?;
    Some((
        e.get("err_code").and_then(Value::as_u64).unwrap_or(0),
        e.get("description").and_then(Value::as_str).unwrap_or("unknown error").to_string(),
    ))
}

impl JetStream {
    /// Connects to `url` for the stream in `cfg`.
    pub fn connect(url: &str, name: &str, cfg: StreamConfig) -> Result<JetStream, QueueError> {
        for n in [&cfg.stream, &cfg.consumer] {
            if !valid_name(n) {
                return Err(QueueError::Config(format!(
                    "bad stream or consumer name {n:?}: use letters, digits, - and _"
                )));
            }
        }
        Ok(JetStream { conn: Connection::connect(url, name)?, cfg })
    }

    /// The settings.
    pub fn config(&self) -> &StreamConfig {
        &self.cfg
    }

    /// The underlying connection.
    pub fn connection(&mut self) -> &mut Connection {
        &mut self.conn
    }

    fn api(&mut self, subject: &str, body: &Value) -> Result<Value, QueueError> {
        let m = self.conn.request(subject, body.to_string().as_bytes(), API_TIMEOUT).map_err(|e| match e {
            QueueError::NoResponders { .. } => QueueError::Config(format!(
                "JetStream is not enabled on {} (start nats-server with -js)",
                self.conn.url()
            )),
            e => e,
        })?;
        serde_json::from_slice(&m.payload)
            .map_err(|e| QueueError::Protocol { url: self.conn.url().to_string(), message: format!("{subject}: {e}") })
    }

    fn check(&self, subject: &str, v: Value) -> Result<Value, QueueError> {
        match api_error(&v) {
            Some((code, description)) => Err(QueueError::Api { subject: subject.to_string(), code, description }),
            None => Ok(v),
        }
    }

    /// Creates the stream when it does not exist.
    pub fn ensure_stream(&mut self) -> Result<(), QueueError> {
        let info = format!("$JS.API.STREAM.INFO.{}", self.cfg.stream);
        let v = self.api(&info, &json!({}))?;
        match api_error(&v) {
            None => return Ok(()),
            Some((10059, _)) => {}
            Some((code, description)) => return Err(QueueError::Api { subject: info, code, description }),
        }
        let create = format!("$JS.API.STREAM.CREATE.{}", self.cfg.stream);
        let body = json!({
            "name": self.cfg.stream,
            "subjects": [self.cfg.subject()],
            "retention": "workqueue",
            "storage": "file",
            "discard": "old",
            "num_replicas": 1,
            "duplicate_window": self.cfg.duplicate_window.as_nanos() as u64,
        });
        let v = self.api(&create, &body)?;
        match api_error(&v) {
            // Another process created it in between.
            None | Some((10058, _)) => Ok(()),
            Some((code, description)) => Err(QueueError::Api { subject: create, code, description }),
        }
    }

    /// Creates the durable pull consumer when it does not exist (an existing
    /// one keeps its settings).
    pub fn ensure_consumer(&mut self) -> Result<(), QueueError> {
        let info = format!("$JS.API.CONSUMER.INFO.{}.{}", self.cfg.stream, self.cfg.consumer);
        let v = self.api(&info, &json!({}))?;
        match api_error(&v) {
            None => return Ok(()),
            Some((10014, _)) => {}
            Some((code, description)) => return Err(QueueError::Api { subject: info, code, description }),
        }
        let create = format!("$JS.API.CONSUMER.DURABLE.CREATE.{}.{}", self.cfg.stream, self.cfg.consumer);
        let body = json!({
            "stream_name": self.cfg.stream,
            "config": {
                "durable_name": self.cfg.consumer,
                "deliver_policy": "all",
                "ack_policy": "explicit",
                "ack_wait": self.cfg.ack_wait.as_nanos() as u64,
                "max_deliver": self.cfg.max_deliver,
                "filter_subject": self.cfg.subject(),
                "replay_policy": "instant",
                "max_ack_pending": 20000,
                "max_waiting": 512,
            }
        });
        let v = self.api(&create, &body)?;
        self.check(&create, v).map(|_| ())
    }

    /// Publishes articles with their ids as `Nats-Msg-Id`, keeping up to
    /// `window` acknowledgements outstanding; returns one outcome per
    /// message, in order.
    pub fn publish_all(
        &mut self,
        messages: &[(String, Vec<u8>)],
        window: usize,
    ) -> Result<Vec<Result<PubOutcome, QueueError>>, QueueError> {
        let subject = self.cfg.subject();
        let mut out = Vec::with_capacity(messages.len());
        for chunk in messages.chunks(window.max(1)) {
            let mut inboxes = Vec::with_capacity(chunk.len());
            for (id, payload) in chunk {
                let inbox = self.conn.new_inbox();
                match self.conn.publish(&subject, Some(&inbox), &[("Nats-Msg-Id", id)], payload) {
                    Ok(()) => inboxes.push(Some(inbox)),
                    Err(e @ QueueError::TooLarge { .. }) => {
                        inboxes.push(None);
                        out.push(Err(e));
                        continue;
                    }
                    Err(e) => return Err(e),
                }
                out.push(Ok(PubOutcome::Duplicate)); // placeholder, filled below
            }
            let base = out.len() - chunk.len();
            let mut waiting: std::collections::HashMap<String, usize> =
                inboxes.iter().enumerate().filter_map(|(i, ib)| ib.as_ref().map(|ib| (ib.clone(), base + i))).collect();
            let deadline = Instant::now() + API_TIMEOUT;
            while !waiting.is_empty() {
                let Some(m) = self.conn.next_message(deadline)? else {
                    return Err(QueueError::Timeout { what: format!("{} publish acknowledgements", waiting.len()) });
                };
                let Some(slot) = waiting.remove(&m.subject) else { continue };
                out[slot] = if m.status() == Some(503) {
                    Err(QueueError::Config(format!("no stream listens on {subject}")))
                } else {
                    let v: Value = serde_json::from_slice(&m.payload).map_err(|e| QueueError::Protocol {
                        url: self.conn.url().to_string(),
                        message: format!("publish ack: {e}"),
                    })?;
                    match api_error(&v) {
                        Some((code, description)) => {
                            Err(QueueError::Api { subject: subject.clone(), code, description })
                        }
                        None if v.get("duplicate").and_then(Value::as_bool) == Some(true) => Ok(PubOutcome::Duplicate),
                        None => Ok(PubOutcome::Stored(v.get("seq").and_then(Value::as_u64).unwrap_or(0))),
                    }
                };
            }
        }
        Ok(out)
    }

    /// Pulls up to `batch` messages, waiting at most `wait` for the first.
    pub fn fetch(&mut self, batch: usize, wait: Duration) -> Result<Vec<Delivery>, QueueError> {
        let subject = format!("$JS.API.CONSUMER.MSG.NEXT.{}.{}", self.cfg.stream, self.cfg.consumer);
        let inbox = self.conn.new_inbox();
        let expires = wait.max(Duration::from_millis(10));
        let body = json!({ "batch": batch.max(1), "expires": expires.as_nanos() as u64 });
        self.conn.publish(&subject, Some(&inbox), &[], body.to_string().as_bytes())?;
        let deadline = Instant::now() + expires + Duration::from_secs(5);
        let mut out = Vec::new();
        while out.len() < batch.max(1) {
            let Some(m) = self.conn.next_message(deadline)? else { break };
            if m.subject != inbox {
                match Delivery::from_message(m) {
                    Some(d) => out.push(d),
                    None => continue,
                }
                continue;
            }
            match m.status() {
                // No messages / request expired / limits: the batch is over.
                Some(404) | Some(408) | Some(409) => break,
                Some(503) => {
                    return Err(QueueError::Config(format!("consumer {} does not exist", self.cfg.consumer)));
                }
                _ => {
                    if let Some(d) = Delivery::from_message(m) {
                        out.push(d);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Acknowledges (`+ACK`), gives back for redelivery (`-NAK`), gives up
    /// (`+TERM`) or extends (`+WPI`) a delivery; sent with the next flush.
    pub fn reply(&mut self, d: &Delivery, what: &[u8]) -> Result<(), QueueError> {
        match d.message.reply.as_deref() {
            Some(r) => self.conn.publish(r, None, &[], what),
            None => Ok(()),
        }
    }

    /// Makes sure every reply so far reached the server.
    pub fn flush(&mut self) -> Result<(), QueueError> {
        self.conn.flush(API_TIMEOUT).map(|_| ())
    }

    /// Stream and consumer state.
    pub fn state(&mut self) -> Result<QueueState, QueueError> {
        let subject = format!("$JS.API.STREAM.INFO.{}", self.cfg.stream);
        let v = self.api(&subject, &json!({}))?;
        let v = self.check(&subject, v)?;
        let n =
            |v: &Value, path: &[&str]| path.iter().try_fold(v, |v, k| v.get(*k)).and_then(Value::as_u64).unwrap_or(0);
        let mut s = QueueState {
            messages: n(&v, &["state", "messages"]),
            bytes: n(&v, &["state", "bytes"]),
            last_seq: n(&v, &["state", "last_seq"]),
            ..QueueState::default()
        };
        let subject = format!("$JS.API.CONSUMER.INFO.{}.{}", self.cfg.stream, self.cfg.consumer);
        let c = self.api(&subject, &json!({}))?;
        if api_error(&c).is_none() {
            s.pending = n(&c, &["num_pending"]);
            s.ack_pending = n(&c, &["num_ack_pending"]);
            s.redelivered = n(&c, &["num_redelivered"]);
            s.waiting = n(&c, &["num_waiting"]);
        }
        Ok(s)
    }

    /// Deletes the stream (tests clean up with it).
    pub fn delete_stream(&mut self) -> Result<(), QueueError> {
        let subject = format!("$JS.API.STREAM.DELETE.{}", self.cfg.stream);
        let v = self.api(&subject, &json!({}))?;
        self.check(&subject, v).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(reply: &str) -> Message {
        Message { subject: "s".into(), reply: Some(reply.into()), headers: None, payload: vec![] }
    }

    #[test]
    fn ack_subjects_give_delivery_count_and_sequence() {
        let d = Delivery::from_message(msg("$JS.ACK.S.workers.2.17.9.1700000000000000000.4")).unwrap();
        assert_eq!((d.delivered, d.stream_seq), (2, 17));
        let d = Delivery::from_message(msg("$JS.ACK.hub.ACCHASH.S.workers.1.5.5.1700000000000000000.0.xyz")).unwrap();
        assert_eq!((d.delivered, d.stream_seq), (1, 5));
        assert!(Delivery::from_message(msg("_INBOX.x.1")).is_none());
    }

    #[test]
    fn names() {
        assert!(valid_name("reuters_2026-11"));
        assert!(!valid_name("a.b") && !valid_name("a*") && !valid_name("") && !valid_name("a b"));
    }
}
