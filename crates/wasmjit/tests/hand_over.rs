//! Hand-over requests (`handover.rs`, `store/interrupt.rs`): a failed
//! stack-limit check serves the request (the embedder's hooks run on the
//! calling thread) and the code goes on with every register intact, at
//! loop headers and at function entries; interrupts and real stack
//! overflows still trap.
#![cfg(target_arch = "x86_64")]

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use wasmjit::{Engine, Error, HandOver, Instance, Module, Store, TrapKind, Val};

static RELEASED: AtomicUsize = AtomicUsize::new(0);
static REACQUIRED: AtomicUsize = AtomicUsize::new(0);

fn install() {
    wasmjit::set_hand_over(HandOver {
        release: || RELEASED.fetch_add(1, Ordering::SeqCst) + 1,
        reacquire: |t| {
            assert_ne!(t, 0);
            REACQUIRED.fetch_add(1, Ordering::SeqCst);
        },
    });
}

/// Integer and float values live across the loop header in every kind of
/// register the allocator pins, and a recursive function whose only
/// checks are its prologue's.
const WORK: &str = r#"(module
  (func (export "mix") (param $n i32) (result f64)
    (local $i i32) (local $a i64) (local $b i64) (local $x f64) (local $y f64)
    (local.set $x (f64.const 1.5))
    (loop $l
      (local.set $a (i64.add (local.get $a) (i64.extend_i32_u (local.get $i))))
      (local.set $b (i64.xor (local.get $b) (i64.mul (local.get $a) (i64.const 31))))
      (local.set $x (f64.add (local.get $x) (f64.const 0.25)))
      (local.set $y (f64.sub (local.get $y) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (f64.add (local.get $x) (local.get $y))
      (f64.convert_i64_s (i64.add (local.get $a) (i64.and (local.get $b) (i64.const 0xffff))))))
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  (func $deep (export "deep") (param i32) (result i32)
    (i32.add (call $deep (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
  (func (export "spin") (loop br 0)))"#;

fn mix(n: u32) -> f64 {
    let (mut a, mut b, mut x, mut y) = (0i64, 0i64, 1.5f64, 0f64);
    let mut i = 0u32;
    loop {
        a = a.wrapping_add(i as i64);
        b ^= a.wrapping_mul(31);
        x += 0.25;
        y -= x;
        i += 1;
        if i >= n {
            break;
        }
    }
    x + y + (a + (b & 0xffff)) as f64
}

fn fib(n: i32) -> i32 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

/// Calls `name(arg)` while another thread requests hand-overs every
/// 100 µs; returns the result and how many hand-overs it served.
fn under_requests(
    s: &mut Store,
    i: Instance,
    name: &str,
    arg: i32,
) -> (wasmjit::Result<Vec<Val>>, usize) {
    let handle = s.interrupt_handle();
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let t = std::thread::spawn(move || {
        while !stop2.load(Ordering::SeqCst) {
            handle.request_hand_over();
            std::thread::sleep(Duration::from_micros(100));
        }
    });
    let before = REACQUIRED.load(Ordering::SeqCst);
    // One request before the call too: a call shorter than the thread's
    // first sleep (timers are coarse under Wine) still serves one, at its
    // first check.
    s.interrupt_handle().request_hand_over();
    let f = i.get_func(s, name).unwrap();
    let r = f.call(s, &[Val::I32(arg)]);
    let served = REACQUIRED.load(Ordering::SeqCst) - before;
    stop.store(true, Ordering::SeqCst);
    t.join().unwrap();
    (r, served)
}

#[test]
fn hand_overs_go_on_with_registers_intact() {
    install();
    let engine = Engine::default();
    let module = Module::from_wat(&engine, WORK).unwrap();
    let mut s = Store::new(&engine);
    let i = Instance::new(&mut s, &module, &[]).unwrap();

    let n = 30_000_000;
    let (r, served) = under_requests(&mut s, i, "mix", n as i32);
    assert_eq!(r.unwrap(), vec![Val::F64(mix(n).to_bits())]);
    assert!(served > 0, "no hand-over served in a long loop");

    let (r, served) = under_requests(&mut s, i, "fib", 30);
    assert_eq!(r.unwrap(), vec![Val::I32(fib(30))]);
    assert!(
        served > 0,
        "no hand-over served in a recursion without loops"
    );
    assert_eq!(
        RELEASED.load(Ordering::SeqCst),
        REACQUIRED.load(Ordering::SeqCst)
    );

    // A real overflow under requests is still one, and an interrupt still
    // stops a loop that hands over.
    let (r, _) = under_requests(&mut s, i, "deep", 0);
    match r {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::StackOverflow),
        other => panic!("expected a stack overflow, got {other:?}"),
    }
    let handle = s.interrupt_handle();
    let t = std::thread::spawn(move || {
        for _ in 0..200 {
            handle.request_hand_over();
            std::thread::sleep(Duration::from_micros(100));
        }
        handle.interrupt();
    });
    let spin = i.get_func(&s, "spin").unwrap();
    match spin.call(&mut s, &[]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::Interrupt),
        other => panic!("expected an interrupt, got {other:?}"),
    }
    t.join().unwrap();
    // A request left pending by the last call is served by the next one,
    // which goes on normally.
    s.interrupt_handle().request_hand_over();
    let (r, _) = under_requests(&mut s, i, "fib", 20);
    assert_eq!(r.unwrap(), vec![Val::I32(fib(20))]);
}
