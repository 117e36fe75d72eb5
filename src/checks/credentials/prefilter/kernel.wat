;; The credentials check's prefilter: finds, 16 bytes at a time with SIMD, the few places in a chunk of UTF-8 bytes
;; where one of the check's triggers could start (scan.ts: NAME_TRIGGER, SWITCH_TRIGGER, the catalogued hashes).
;; It may report places that are not triggers (the caller verifies each one), never miss one.
;; Compiled by scripts/build-kernel.mjs into kernel-wasm.ts; a test checks that the two agree.
(module
  (import "env" "memory" (memory 1))

  ;; Writes one u32 per 16-byte block of [start, end) worth a look, from `out` on, and returns how many:
  ;; (block offset << 2) | 2 when a fingerprint of a name or switch trigger starts in the block,
  ;;                     | 1 when all 16 bytes are within '0'..'f' (a run of 32 hex digits, a hash, covers such a
  ;;                         block; the range also lets through upper case and some punctuation, which the caller
  ;;                         tells apart).
  ;; Loads up to 19 bytes past a block: the caller keeps that memory readable.
  (func (export "candidates") (param $start i32) (param $end i32) (param $out i32) (result i32)
    (local $i i32) (local $n i32) (local $flags i32)
    (local $raw v128) (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $fold v128) (local $hit v128)
    (local $p v128) (local $i_ v128) (local $h v128) (local $t v128) (local $e v128)
    (local $s v128) (local $underscore v128) (local $dot v128) (local $dash v128) (local $one v128) (local $four v128)
    (local $nine v128) (local $digit0 v128) (local $span v128)
    (local.set $fold (i8x16.splat (i32.const 0x20)))   ;; OR-ing 0x20 folds A-Z to a-z ('_' becomes 0x7f)
    (local.set $p (i8x16.splat (i32.const 0x70)))
    (local.set $i_ (i8x16.splat (i32.const 0x69)))
    (local.set $h (i8x16.splat (i32.const 0x68)))
    (local.set $t (i8x16.splat (i32.const 0x74)))
    (local.set $e (i8x16.splat (i32.const 0x65)))
    (local.set $s (i8x16.splat (i32.const 0x73)))
    (local.set $underscore (i8x16.splat (i32.const 0x7f)))
    (local.set $dot (i8x16.splat (i32.const 0x2e)))
    (local.set $dash (i8x16.splat (i32.const 0x2d)))
    (local.set $one (i8x16.splat (i32.const 0x31)))
    (local.set $four (i8x16.splat (i32.const 0x34)))
    (local.set $nine (i8x16.splat (i32.const 0x39)))
    (local.set $digit0 (i8x16.splat (i32.const 0x30)))
    (local.set $span (i8x16.splat (i32.const 0x36)))
    (local.set $i (local.get $start))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $raw (v128.load (local.get $i)))
        (local.set $v0 (v128.or (local.get $raw) (local.get $fold)))
        (local.set $v1 (v128.or (v128.load offset=1 (local.get $i)) (local.get $fold)))
        (local.set $v2 (v128.or (v128.load offset=2 (local.get $i)) (local.get $fold)))
        (local.set $v3 (v128.or (v128.load offset=3 (local.get $i)) (local.get $fold)))
        ;; p [ip] [_.-ih] at the lane of the first p: api_id, appId, api_hash, APP_HASH, ... (the a before is left to
        ;; the caller: testing it here costs more than the few blocks it would rule out)
        (local.set $hit
          (v128.and
            (v128.and
              (i8x16.eq (local.get $v0) (local.get $p))
              (v128.or (i8x16.eq (local.get $v1) (local.get $i_)) (i8x16.eq (local.get $v1) (local.get $p))))
            (v128.or
              (v128.or (i8x16.eq (local.get $v2) (local.get $underscore)) (i8x16.eq (local.get $v2) (local.get $dot)))
              (v128.or
                (i8x16.eq (local.get $v2) (local.get $dash))
                (v128.or (i8x16.eq (local.get $v2) (local.get $i_)) (i8x16.eq (local.get $v2) (local.get $h)))))))
        ;; t e s t: testMode, test_dc, testServers, TDESKTOP_API_TEST
        (local.set $hit
          (v128.or (local.get $hit)
            (v128.and
              (v128.and (i8x16.eq (local.get $v0) (local.get $t)) (i8x16.eq (local.get $v1) (local.get $e)))
              (v128.and (i8x16.eq (local.get $v2) (local.get $s)) (i8x16.eq (local.get $v3) (local.get $t))))))
        ;; 1 4 9 . : the test data center's address
        (local.set $hit
          (v128.or (local.get $hit)
            (v128.and
              (v128.and (i8x16.eq (local.get $raw) (local.get $one)) (i8x16.eq (local.get $v1) (local.get $four)))
              (v128.and (i8x16.eq (local.get $v2) (local.get $nine)) (i8x16.eq (local.get $v3) (local.get $dot))))))
        (local.set $flags
          (i32.or
            (i32.shl (v128.any_true (local.get $hit)) (i32.const 1))
            (i8x16.all_true
              (i8x16.eq
                (i8x16.min_u (i8x16.sub (local.get $raw) (local.get $digit0)) (local.get $span))
                (i8x16.sub (local.get $raw) (local.get $digit0))))))
        (if (local.get $flags)
          (then
            (i32.store
              (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2)))
              (i32.or (i32.shl (local.get $i) (i32.const 2)) (local.get $flags)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (local.get $n))

  ;; The number of newline bytes in [start, end).
  (func (export "newlines") (param $start i32) (param $end i32) (result i32)
    (local $i i32) (local $n i32) (local $nl v128)
    (local.set $nl (i8x16.splat (i32.const 10)))
    (local.set $i (local.get $start))
    (block $tail
      (loop $blocks
        (br_if $tail (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $end)))
        (local.set $n
          (i32.add (local.get $n) (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (local.get $i)) (local.get $nl))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $blocks)))
    (block $done
      (loop $bytes
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $n (i32.add (local.get $n) (i32.eq (i32.load8_u (local.get $i)) (i32.const 10))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $bytes)))
    (local.get $n))
)
