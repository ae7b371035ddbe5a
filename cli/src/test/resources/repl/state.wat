;; A module with state to poke at from the REPL tests.
(module $state
  (memory (export "memory") 1)
  (data (i32.const 16) "Hello, jwasm!\00\01\02")
  (global $counter (export "counter") (mut i32) (i32.const 0))
  (global $limit (export "limit") i64 (i64.const 1000))
  (global $scale (export "scale") (mut f64) (f64.const 1.5))
  (table $table (export "table") 2 funcref)
  (elem (table $table) (i32.const 0) func $bump)

  (func $bump (export "bump") (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (global.get $counter))

  ;; changes the state, then traps: the change stays
  (func (export "bump_then_trap") (result i32)
    (drop (call $bump))
    unreachable)

  (func (export "div") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1)))

  (func (export "add64") (param i64 i64) (result i64)
    (i64.add (local.get 0) (local.get 1)))

  (func (export "half") (param f32) (result f32)
    (f32.mul (local.get 0) (f32.const 0.5)))

  (func (export "scaled") (param f64) (result f64)
    (f64.mul (local.get 0) (global.get $scale)))

  (func (export "splat") (param i32) (result v128)
    (i32x4.splat (local.get 0)))

  (func (export "lanes") (param v128) (result i32)
    (i32.add (i32x4.extract_lane 0 (local.get 0)) (i32x4.extract_lane 3 (local.get 0))))

  (func (export "swap") (param i32 f64) (result f64 i32)
    (local.get 1) (local.get 0))

  (func (export "me") (result funcref)
    (ref.func $bump))

  (func (export "same") (param externref) (result externref)
    (local.get 0))

  (func (export "is_null") (param funcref) (result i32)
    (ref.is_null (local.get 0)))

  (func (export "store") (param i32 i32)
    (i32.store8 (local.get 0) (local.get 1)))

  (func (export "spin")
    (loop $forever (br $forever)))

  (func $recurse (export "recurse") (param i32) (result i32)
    (call $recurse (local.get 0)))
)
