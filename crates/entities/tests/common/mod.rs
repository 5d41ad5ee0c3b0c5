//! Shared helpers of the entity layer's rule tests: one pipeline
//! (segmentation and entities) loaded once per test binary.
#![allow(dead_code)]
use dateline_core::{Article, Document, Entity, Pipeline, PubDate};
use dateline_entities::EntityExtractor;
use std::sync::OnceLock;

/// Segments `text` dated `date` and runs the entity layer over it.
pub fn run_dated(date: &str, text: &str) -> Document {
    static P: OnceLock<Pipeline> = OnceLock::new();
    let p = P.get_or_init(|| Pipeline::segment_only().with(EntityExtractor::load().expect("model")));
    let mut doc = Document::new(Article::new(PubDate::parse(date).expect("date"), text));
    assert!(p.run(&mut doc).is_empty());
    doc
}

/// The entity named `name`; panics listing the entities when there is none.
pub fn ent<'a>(doc: &'a Document, name: &str) -> &'a Entity {
    doc.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name}: {:?}", doc.entities))
}
