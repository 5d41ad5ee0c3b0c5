// (being written)
fn main() {}
