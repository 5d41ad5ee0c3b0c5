//! Copies the committed model into OUT_DIR so `include_bytes!` works even
//! before the first training run (an empty model then fails to load with a
//! clear error instead of breaking the build).
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let src = Path::new("data/ner.model");
    println!("cargo:rerun-if-changed=data/ner.model");
    println!("cargo:rerun-if-changed=build.rs");
    let dst = Path::new(&out).join("ner.model");
    let bytes = std::fs::read(src).unwrap_or_default();
    std::fs::write(dst, bytes).expect("write model copy to OUT_DIR");
}
