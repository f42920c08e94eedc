//! Compile-time behaviour of `#[seam_endpoint]`: misuse is a compile error
//! pointing at the offending token; correct use compiles.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
