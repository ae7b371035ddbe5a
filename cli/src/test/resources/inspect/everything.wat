;; One of each kind of entity, for inspect --json.
(module $everything
  (type $pair (func (param i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32)))
  (import "env" "base" (global $base i32))
  (tag $oops (export "oops") (param i32))
  (table $funcs 2 funcref)
  (memory $mem (export "mem") 1 4)
  (global $count (export "count") (mut i64) (i64.const 7))
  (func $add (export "add") (type $pair)
    (i32.add (local.get 0) (local.get 1)))
  (func $init
    (call $log (global.get $base)))
  (start $init)
  (elem (table $funcs) (i32.const 0) func $add $init)
  (data $greeting (memory $mem) (i32.const 8) "hi!")
  (@custom "note" "hello"))
