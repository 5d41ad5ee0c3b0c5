//! Cross-article identity (temporary).
use dateline_core::Entity;
/// Key.
pub fn canonical_key(e: &Entity) -> String { e.name.to_lowercase() }
/// Surname key.
pub fn surname_key(e: &Entity) -> Option<String> { e.name.split_whitespace().last().map(|s| s.to_lowercase()) }
