//! Checks shared by the events tests and the `events_eval` example.
pub mod golden;
