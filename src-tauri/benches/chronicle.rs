//! Placeholder until the chronicle lands; replaced by the chronicle bench.
fn main() {}
