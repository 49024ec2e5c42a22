//! The runner's own behaviour on small scripts: verdicts for passing and
//! failing directives of each kind, `spectest` imports and `register`.

use spec_tests::on_big_stack;
use spec_tests::script::{run_script, DirectiveResult, Verdict};

fn run(text: &'static str) -> Vec<DirectiveResult> {
    on_big_stack(move || run_script("inline.wast", text, Default::default()))
}

fn verdicts(results: &[DirectiveResult]) -> Vec<(usize, &'static str, bool)> {
    results
        .iter()
        .map(|r| (r.line, r.kind, matches!(r.verdict, Verdict::Passed)))
        .collect()
}

#[test]
fn passing_and_failing_directives() {
    let results = run(r#"
(module
  (import "spectest" "print_i32" (func $print (param i32)))
  (import "spectest" "global_i32" (global $g i32))
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "g") (result i32) global.get $g)
  (func (export "div") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.div_s)
  (func (export "print") (call $print (i32.const 1)))
  (func $loop (export "loop") (call $loop)))
(assert_return (invoke "add" (i32.const 2) (i32.const 3)) (i32.const 5))
(assert_return (invoke "add" (i32.const 2) (i32.const 3)) (i32.const 6))
(assert_return (invoke "g") (i32.const 666))
(invoke "print")
(assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "unreachable")
(assert_trap (invoke "add" (i32.const 1) (i32.const 0)) "unreachable")
(assert_exhaustion (invoke "loop") "call stack exhausted")
(assert_invalid (module (func (result i32))) "type mismatch")
(assert_invalid (module (func)) "type mismatch")
(assert_malformed (module quote "(func") "unexpected end")
(assert_unlinkable (module (import "spectest" "nothing" (func))) "unknown import")
(assert_return (invoke "missing"))
"#);
    let expected = [
        (2, "module", true),
        (12, "assert_return", true),
        (13, "assert_return", false),
        (14, "assert_return", true),
        (15, "invoke", true),
        (16, "assert_trap", true),
        (17, "assert_trap", false),
        (18, "assert_trap", false),
        (19, "assert_exhaustion", true),
        (20, "assert_invalid", true),
        (21, "assert_invalid", false),
        (22, "assert_malformed", true),
        (23, "assert_unlinkable", true),
        (24, "assert_return", false),
    ];
    assert_eq!(verdicts(&results), expected);
    let Verdict::Failed(msg) = &results[6].verdict else {
        unreachable!()
    };
    assert!(msg.contains("integer divide by zero") && msg.contains("unreachable"));
}

#[test]
fn register_named_modules_and_nan_patterns() {
    let results = run(r#"
(module $a
  (global (export "g") i32 (i32.const 7))
  (func (export "nan") (result f32) (f32.const nan:0x600000)))
(register "a" $a)
(module $b
  (import "a" "g" (global i32))
  (func (export "get") (result i32) (global.get 0)))
(assert_return (invoke $b "get") (i32.const 7))
(assert_return (get $a "g") (i32.const 7))
(assert_return (invoke $a "nan") (f32.const nan:arithmetic))
(assert_return (invoke $a "nan") (f32.const nan:canonical))
(assert_trap (module (func $s unreachable) (start $s)) "unreachable")
"#);
    let got: Vec<bool> = verdicts(&results).iter().map(|v| v.2).collect();
    assert_eq!(got, [true, true, true, true, true, true, false, true]);
}

#[test]
fn unparsable_script_is_one_failure() {
    let results = run("(module (func)) (assert_return");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].kind, "parse");
    assert!(matches!(results[0].verdict, Verdict::Failed(_)));
}
