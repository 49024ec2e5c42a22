;; Greatest common divisor of two unsigned 32-bit integers, by Euclid's
;; algorithm in its remainder form: gcd(a, b) = gcd(b, a mod b), gcd(a, 0) = a.
(module
  (func (export "gcd") (param $a i32) (param $b i32) (result i32)
    (local $t i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $b)))
        (local.set $t (i32.rem_u (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (br $next)))
    (local.get $a)))
