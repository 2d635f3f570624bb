;; Byte searches of the template reader, sixteen bytes at a time (WebAssembly SIMD). The part to
;; search is copied to offset 0 of the memory (in pieces, each searched as it arrives), followed
;; by at least 64 zero bytes (the searches read up to 34 bytes past their end); results are
;; written as i32 records to `out`. The JavaScript in byte-scan.ts is the only caller; the same
;; searches in plain JavaScript (value-markers.ts, shared-strings.ts) stay the reference, and the
;; tests compare the two. `npm run build:wasm` turns this file into byte-scan-wasm.ts.
(module
  (memory (export "memory") 1)
  ;; Where a search that filled `out` goes on.
  (global $resume (export "resume") (mut i32) (i32.const 0))

  ;; Offset of the last "<" at or before $k, or -1.
  (func $prevLT (param $k i32) (result i32)
    (local $bits i32)
    (block $bytes
      (loop $blocks
        (br_if $bytes (i32.lt_s (local.get $k) (i32.const 15)))
        (local.set $bits
          (i8x16.bitmask
            (i8x16.eq (v128.load (i32.sub (local.get $k) (i32.const 15))) (i8x16.splat (i32.const 0x3c)))))
        ;; Bit j stands for byte k - 15 + j; the highest bit is 31 - clz.
        (if (local.get $bits)
          (then (return (i32.sub (i32.add (local.get $k) (i32.const 16)) (i32.clz (local.get $bits))))))
        (local.set $k (i32.sub (local.get $k) (i32.const 16)))
        (br $blocks)))
    (loop $one
      (if (i32.lt_s (local.get $k) (i32.const 0)) (then (return (i32.const -1))))
      (if (i32.eq (i32.load8_u (local.get $k)) (i32.const 0x3c)) (then (return (local.get $k))))
      (local.set $k (i32.sub (local.get $k) (i32.const 1)))
      (br $one))
    (i32.const -1))

  ;; XML whitespace between attributes.
  (func $isSpace (param $c i32) (result i32)
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x09)))
      (i32.or (i32.eq (local.get $c) (i32.const 0x0a)) (i32.eq (local.get $c) (i32.const 0x0d)))))

  ;; XML whitespace, or ">" or "/": what may follow the name in "<c". (The bytes of $isSpace are
  ;; written out again: calling it from here made the cell search 10% slower.)
  (func $endsName (param $c i32) (result i32)
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x3e)))
      (i32.or
        (i32.eq (local.get $c) (i32.const 0x2f))
        (i32.or
          (i32.eq (local.get $c) (i32.const 0x09))
          (i32.or (i32.eq (local.get $c) (i32.const 0x0a)) (i32.eq (local.get $c) (i32.const 0x0d)))))))

  ;; Offset of the first $byte in [$i, $end), or -1.
  (func $next (param $i i32) (param $end i32) (param $byte i32) (result i32)
    (local $bits i32) (local $splat v128)
    (local.set $splat (i8x16.splat (local.get $byte)))
    (loop $blocks
      (if (i32.ge_s (local.get $i) (local.get $end)) (then (return (i32.const -1))))
      (local.set $bits (i8x16.bitmask (i8x16.eq (v128.load (local.get $i)) (local.get $splat))))
      (if (local.get $bits)
        (then
          (local.set $i (i32.add (local.get $i) (i32.ctz (local.get $bits))))
          (return (select (local.get $i) (i32.const -1) (i32.lt_s (local.get $i) (local.get $end))))))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br $blocks))
    (i32.const -1))

  ;; As followsCellOrRow in JavaScript: the cell at $k follows "</c>", a row tag, an empty cell
  ;; or <sheetData (at $dataStart), so it is not inside a cell left open.
  (func $followsCellOrRow (param $k i32) (param $gt i32) (param $dataStart i32) (result i32)
    (local $p i32) (local $c1 i32) (local $c2 i32)
    ;; "</c>" as a little-endian i32
    (if (i32.eq (i32.load (i32.sub (local.get $k) (i32.const 4))) (i32.const 0x3e632f3c))
      (then (return (i32.const 1))))
    (local.set $p (call $prevLT (i32.sub (local.get $k) (i32.const 1))))
    (if (i32.eq (local.get $p) (local.get $dataStart)) (then (return (i32.const 1))))
    (local.set $c1 (i32.load8_u offset=1 (local.get $p)))
    (local.set $c2 (i32.load8_u offset=2 (local.get $p)))
    (if (i32.or
          (i32.and (i32.eq (local.get $c1) (i32.const 0x2f)) (i32.eq (local.get $c2) (i32.const 0x63)))
          (i32.and (i32.eq (local.get $c1) (i32.const 0x72)) (i32.eq (local.get $c2) (i32.const 0x6f))))
      (then (return (i32.const 1))))
    (if (i32.eqz
          (i32.and
            (i32.eq (local.get $c1) (i32.const 0x63))
            (call $endsName (local.get $c2))))
      (then (return (i32.const 0))))
    ;; An empty cell "<c …/>": its start tag ends at the first ">" after $p (at the latest, the
    ;; ">" at $gt that ends the cell at $k).
    (i32.eq
      (i32.load8_u (i32.sub (call $next (i32.add (local.get $p) (i32.const 1)) (i32.add (local.get $gt) (i32.const 1)) (i32.const 0x3e)) (i32.const 1)))
      (i32.const 0x2f)))

  ;; Decodes the usual in-range cell as CellScan.cell would: <c r="A1" …> (with $k its "<" and
  ;; $gt its ">"), formula tags, then <v>…</v></c> with the marker $m. Writes kind, a and b at
  ;; $out + 20: kind 1, a shared string's index a; 2, the small integer a; 3, the text [a, b)
  ;; (t="str" or "d"); 4, the number written in [a, b); 5, the boolean a; 6, the error [a, b).
  ;; Anything else keeps kind 0: JavaScript reads the cell.
  (func $decode (param $m i32) (param $k i32) (param $gt i32) (param $dataStart i32) (param $limit i32) (param $out i32)
    (local $s i32) (local $lt i32) (local $t i32) (local $i i32) (local $t0 i32) (local $t1 i32)
    (local $n i32) (local $d i32) (local $bits i32) (local $q i32)
    ;; "<v>", then the value up to the first "<", which must start "</v></c>" (little-endian)
    (if (i32.ne (i32.and (i32.load (local.get $m)) (i32.const 0x00ffffff)) (i32.const 0x003e763c)) (then (return)))
    (local.set $s (i32.add (local.get $m) (i32.const 3)))
    (local.set $lt (call $next (local.get $s) (local.get $limit) (i32.const 0x3c)))
    (if (i32.lt_s (local.get $lt) (i32.const 0)) (then (return)))
    (if (i64.ne (i64.load (local.get $lt)) (i64.const 0x3e632f3c3e762f3c)) (then (return)))
    (if (i32.eqz (call $followsCellOrRow (local.get $k) (local.get $gt) (local.get $dataStart))) (then (return)))
    ;; The type, as attrAt finds t="…" after the address.
    (local.set $t (i32.const -1))
    (local.set $i (i32.add (local.get $k) (i32.const 8)))
    (block $found
      (loop $attr
        (br_if $found (i32.ge_s (local.get $i) (i32.sub (local.get $gt) (i32.const 2))))
        (local.set $bits (i8x16.bitmask (i8x16.eq (v128.load (local.get $i)) (i8x16.splat (i32.const 0x74)))))
        (block $none
          (loop $bit
            (br_if $none (i32.eqz (local.get $bits)))
            (local.set $q (i32.add (local.get $i) (i32.ctz (local.get $bits))))
            (br_if $found (i32.ge_s (local.get $q) (i32.sub (local.get $gt) (i32.const 2))))
            (if (i32.and
                  (call $isSpace (i32.load8_u (i32.sub (local.get $q) (i32.const 1))))
                  (i32.eq (i32.load16_u offset=1 (local.get $q)) (i32.const 0x223d)))
              (then
                (local.set $t (i32.add (local.get $q) (i32.const 3)))
                (br $found)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $bit)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $attr)))
    (local.set $t0 (i32.const 0x6e))
    (local.set $t1 (i32.const 0x22))
    (if (i32.ge_s (local.get $t) (i32.const 0))
      (then
        (local.set $t0 (i32.load8_u (local.get $t)))
        (local.set $t1 (i32.load8_u offset=1 (local.get $t)))))
    (i32.store offset=24 (local.get $out) (local.get $s))
    (i32.store offset=28 (local.get $out) (local.get $lt))
    (if (i32.eq (local.get $t0) (i32.const 0x69)) (then (return))) ;; inlineStr
    (if (i32.and (i32.eq (local.get $t0) (i32.const 0x73)) (i32.eq (local.get $t1) (i32.const 0x22)))
      (then
        ;; t="s": at most nine digits (an empty value is index 0, as in JavaScript)
        (if (i32.gt_s (i32.sub (local.get $lt) (local.get $s)) (i32.const 9)) (then (return)))
        (local.set $i (local.get $s))
        (block $digits
          (loop $digit
            (br_if $digits (i32.eq (local.get $i) (local.get $lt)))
            (local.set $d (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
            (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return)))
            (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 10)) (local.get $d)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $digit)))
        (i32.store offset=24 (local.get $out) (local.get $n))
        (i32.store offset=20 (local.get $out) (i32.const 1))
        (return)))
    (if (i32.or (i32.eq (local.get $t0) (i32.const 0x73)) (i32.eq (local.get $t0) (i32.const 0x64)))
      (then
        (i32.store offset=20 (local.get $out) (i32.const 3))
        (return)))
    (if (i32.eq (local.get $t0) (i32.const 0x62))
      (then
        (local.set $d (i32.load8_u (local.get $s)))
        (i32.store offset=24 (local.get $out)
          (i32.or (i32.eq (local.get $d) (i32.const 0x31)) (i32.eq (local.get $d) (i32.const 0x74))))
        (i32.store offset=20 (local.get $out) (i32.const 5))
        (return)))
    (if (i32.eq (local.get $t0) (i32.const 0x65))
      (then
        (i32.store offset=20 (local.get $out) (i32.const 6))
        (return)))
    ;; A number: one to nine digits are the integer itself, anything else JavaScript parses.
    (i32.store offset=20 (local.get $out) (i32.const 4))
    (if (i32.or
          (i32.eq (local.get $lt) (local.get $s))
          (i32.gt_s (i32.sub (local.get $lt) (local.get $s)) (i32.const 9)))
      (then (return)))
    (local.set $i (local.get $s))
    (block $digits
      (loop $digit
        (br_if $digits (i32.eq (local.get $i) (local.get $lt)))
        (local.set $d (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
        (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return)))
        (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 10)) (local.get $d)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $digit)))
    (i32.store offset=24 (local.get $out) (local.get $n))
    (i32.store offset=20 (local.get $out) (i32.const 2)))

  ;; The record for the marker at $m (a "<"), as enclosingCell and cell's address test in
  ;; JavaScript decide: returns 1 when a record [marker, cell start, start tag end, row, col,
  ;; kind, a, b] was written at $out, 0 when the marker needs none (outside any cell, or a cell
  ;; out of range), -1 when the shape needs the tag-by-tag scan. row is -1 when the address is
  ;; not the usual leading r="A1" or is not a valid one: JavaScript then reads the cell itself.
  ;; kind, a and b are what $decode writes.
  (func $record (param $m i32) (param $dataStart i32) (param $limit i32) (param $maxRow i32) (param $maxCol i32)
    (param $out i32)
    (result i32)
    (local $k i32) (local $steps i32) (local $c1 i32) (local $c2 i32) (local $gt i32)
    (local $i i32) (local $c i32) (local $col i32) (local $row i32) (local $digits i32)
    (local.set $k (local.get $m))
    (block $cell
      (loop $back
        (if (i32.eq (local.get $steps) (i32.const 4)) (then (return (i32.const -1))))
        (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
        (local.set $k (call $prevLT (i32.sub (local.get $k) (i32.const 1))))
        (if (i32.le_s (local.get $k) (local.get $dataStart)) (then (return (i32.const -1))))
        (local.set $c1 (i32.load8_u offset=1 (local.get $k)))
        (local.set $c2 (i32.load8_u offset=2 (local.get $k)))
        ;; <f…>, </f…>: step over
        (br_if $back
          (i32.or
            (i32.eq (local.get $c1) (i32.const 0x66))
            (i32.and (i32.eq (local.get $c1) (i32.const 0x2f)) (i32.eq (local.get $c2) (i32.const 0x66)))))
        (br_if $cell (i32.and (i32.eq (local.get $c1) (i32.const 0x63)) (call $endsName (local.get $c2))))
        ;; </c, </r…, <ro…: the marker stands outside any cell
        (if (i32.or
              (i32.and
                (i32.eq (local.get $c1) (i32.const 0x2f))
                (i32.or (i32.eq (local.get $c2) (i32.const 0x63)) (i32.eq (local.get $c2) (i32.const 0x72))))
              (i32.and (i32.eq (local.get $c1) (i32.const 0x72)) (i32.eq (local.get $c2) (i32.const 0x6f))))
          (then (return (i32.const 0))))
        (return (i32.const -1))))
    ;; The cell's start tag ends at the first ">" after $k, which must come before the marker.
    (local.set $gt (call $next (i32.add (local.get $k) (i32.const 1)) (local.get $m) (i32.const 0x3e)))
    (if (i32.lt_s (local.get $gt) (i32.const 0)) (then (return (i32.const -1))))
    (if (i32.eq (i32.load8_u (i32.sub (local.get $gt) (i32.const 1))) (i32.const 0x2f)) (then (return (i32.const 0))))
    (local.set $row (i32.const -1))
    ;; The usual address, <c r="A1": letters (and "$"), digits, a quote; the limits of refKey.
    (if (i32.and
          (i32.and
            (i32.lt_s (i32.add (local.get $k) (i32.const 3)) (i32.sub (local.get $gt) (i32.const 2)))
            (call $endsName (i32.load8_u offset=2 (local.get $k))))
          (i32.and
            (i32.ne (i32.load8_u offset=2 (local.get $k)) (i32.const 0x3e))
            (i32.and
              (i32.ne (i32.load8_u offset=2 (local.get $k)) (i32.const 0x2f))
              (i32.eq (i32.and (i32.load offset=3 (local.get $k)) (i32.const 0x00ffffff)) (i32.const 0x00223d72)))))
      (then
        (local.set $i (i32.add (local.get $k) (i32.const 6)))
        (block $ok
        (block $bad
          (block $letters
            (loop $letter
              (local.set $c (i32.load8_u (local.get $i)))
              (if (i32.and (i32.ge_u (local.get $c) (i32.const 65)) (i32.le_u (local.get $c) (i32.const 90)))
                (then (local.set $col (i32.add (i32.mul (local.get $col) (i32.const 26)) (i32.sub (local.get $c) (i32.const 64)))))
                (else (br_if $letters (i32.ne (local.get $c) (i32.const 0x24)))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $bad (i32.gt_u (local.get $col) (i32.const 16384)))
              (br $letter)))
          (local.set $digits (local.get $i))
          (local.set $row (i32.const 0))
          (block $number
            (loop $digit
              (local.set $c (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
              (br_if $number (i32.gt_u (local.get $c) (i32.const 9)))
              (local.set $row (i32.add (i32.mul (local.get $row) (i32.const 10)) (local.get $c)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $bad (i32.gt_u (local.get $row) (i32.const 1048576)))
              (br $digit)))
          (br_if $bad
            (i32.or
              (i32.or (i32.eqz (local.get $col)) (i32.eq (local.get $i) (local.get $digits)))
              (i32.or (i32.eqz (local.get $row)) (i32.ne (i32.load8_u (local.get $i)) (i32.const 0x22)))))
          ;; A valid address out of range: nothing to store and nothing to check.
          (if (i32.or (i32.gt_u (local.get $col) (local.get $maxCol)) (i32.gt_u (local.get $row) (local.get $maxRow)))
            (then (return (i32.const 0))))
          (br $ok))
        ;; An invalid address: JavaScript refuses it with the sheet's name.
        (local.set $row (i32.const -1)))))
    (i32.store (local.get $out) (local.get $m))
    (i32.store offset=4 (local.get $out) (local.get $k))
    (i32.store offset=8 (local.get $out) (local.get $gt))
    (i32.store offset=12 (local.get $out) (local.get $row))
    (i32.store offset=16 (local.get $out) (local.get $col))
    (i32.store offset=20 (local.get $out) (i32.const 0))
    (if (i32.ge_s (local.get $row) (i32.const 0))
      (then
        (call $decode
          (local.get $m) (local.get $k) (local.get $gt) (local.get $dataStart) (local.get $limit) (local.get $out))))
    (i32.const 1))

  ;; Records for the value tags whose letter lies in [$from + 1, $end), at most $cap of them
  ;; (then $resume is where to go on). Returns their number, or -1 when the tag-by-tag scan is
  ;; needed. The part is copied in pieces, each searched while in the cache: bytes from $limit on
  ;; are not copied yet, so a value whose end lies past it is left to JavaScript (kind 0).
  (func (export "cells")
    (param $from i32) (param $end i32) (param $limit i32) (param $dataStart i32) (param $maxRow i32) (param $maxCol i32)
    (param $out i32) (param $cap i32) (result i32)
    (local $p i32) (local $bits i32) (local $q i32) (local $n i32) (local $r i32)
    (local $v v128) (local $i v128) (local $lt v128) (local $gt v128) (local $space v128) (local $s v128)
    (local $low v128) (local $high v128)
    (local.set $v (i8x16.splat (i32.const 0x76)))
    (local.set $i (i8x16.splat (i32.const 0x69)))
    (local.set $lt (i8x16.splat (i32.const 0x3c)))
    (local.set $gt (i8x16.splat (i32.const 0x3e)))
    (local.set $space (i8x16.splat (i32.const 0x20)))
    (local.set $s (i8x16.splat (i32.const 0x73)))
    (local.set $p (i32.add (local.get $from) (i32.const 1)))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_s (local.get $p) (local.get $end)))
        ;; A 32-byte step without the letter v or i holds no marker (most steps: a worksheet holds
        ;; one of them in about 80 bytes, mostly in empty values, "<v/>").
        (if (i32.eqz
              (v128.any_true
                (v128.or
                  (v128.or
                    (i8x16.eq (v128.load (local.get $p)) (local.get $v))
                    (i8x16.eq (v128.load (local.get $p)) (local.get $i)))
                  (v128.or
                    (i8x16.eq (v128.load offset=16 (local.get $p)) (local.get $v))
                    (i8x16.eq (v128.load offset=16 (local.get $p)) (local.get $i))))))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 32)))
            (br $blocks)))
        ;; The markers among them: "<" before the letter, then "v" followed by ">" or a space, or
        ;; "i" followed by "s".
        (local.set $low
          (v128.and
              (i8x16.eq (v128.load (i32.sub (local.get $p) (i32.const 1))) (local.get $lt))
              (v128.or
                (v128.and
                  (i8x16.eq (v128.load (local.get $p)) (local.get $v))
                  (v128.or
                    (i8x16.eq (v128.load offset=1 (local.get $p)) (local.get $gt))
                    (i8x16.eq (v128.load offset=1 (local.get $p)) (local.get $space))))
                (v128.and
                  (i8x16.eq (v128.load (local.get $p)) (local.get $i))
                  (i8x16.eq (v128.load offset=1 (local.get $p)) (local.get $s))))))
        (local.set $high
          (v128.and
              (i8x16.eq (v128.load offset=15 (local.get $p)) (local.get $lt))
              (v128.or
                (v128.and
                  (i8x16.eq (v128.load offset=16 (local.get $p)) (local.get $v))
                  (v128.or
                    (i8x16.eq (v128.load offset=17 (local.get $p)) (local.get $gt))
                    (i8x16.eq (v128.load offset=17 (local.get $p)) (local.get $space))))
                (v128.and
                  (i8x16.eq (v128.load offset=16 (local.get $p)) (local.get $i))
                  (i8x16.eq (v128.load offset=17 (local.get $p)) (local.get $s))))))
        (local.set $bits
          (i32.or
            (i8x16.bitmask (local.get $low))
            (i32.shl (i8x16.bitmask (local.get $high)) (i32.const 16))))
        (block $none
          (loop $bit
            (br_if $none (i32.eqz (local.get $bits)))
            (local.set $q (i32.add (local.get $p) (i32.ctz (local.get $bits))))
            (br_if $done (i32.ge_s (local.get $q) (local.get $end)))
            (if (i32.eq (local.get $n) (local.get $cap))
              (then
                (global.set $resume (i32.sub (local.get $q) (i32.const 2)))
                (return (local.get $n))))
            (local.set $r
              (call $record
                (i32.sub (local.get $q) (i32.const 1))
                (local.get $dataStart) (local.get $limit) (local.get $maxRow) (local.get $maxCol)
                (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 5)))))
            (if (i32.lt_s (local.get $r) (i32.const 0)) (then (return (i32.const -1))))
            (local.set $n (i32.add (local.get $n) (local.get $r)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $bit)))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (br $blocks)))
    (global.set $resume (local.get $end))
    (local.get $n))

  ;; Offsets of the "<si" start tags ("<si" then ">", " " or "/") in [$from, $end), at most $cap
  ;; of them (then $resume is where to go on).
  (func (export "stringItems") (param $from i32) (param $end i32) (param $out i32) (param $cap i32) (result i32)
    (local $p i32) (local $bits i32) (local $q i32) (local $n i32) (local $c i32)
    (local.set $p (local.get $from))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_s (local.get $p) (local.get $end)))
        (local.set $bits
          (i8x16.bitmask
            (v128.and
              (i8x16.eq (v128.load (local.get $p)) (i8x16.splat (i32.const 0x3c)))
              (i8x16.eq (v128.load offset=1 (local.get $p)) (i8x16.splat (i32.const 0x73))))))
        (block $none
          (loop $bit
            (br_if $none (i32.eqz (local.get $bits)))
            (local.set $q (i32.add (local.get $p) (i32.ctz (local.get $bits))))
            (br_if $done (i32.ge_s (local.get $q) (local.get $end)))
            (local.set $c (i32.load8_u offset=3 (local.get $q)))
            (if (i32.and
                  (i32.eq (i32.load8_u offset=2 (local.get $q)) (i32.const 0x69))
                  (i32.or
                    (i32.or (i32.eq (local.get $c) (i32.const 0x3e)) (i32.eq (local.get $c) (i32.const 0x20)))
                    (i32.eq (local.get $c) (i32.const 0x2f))))
              (then
                (if (i32.eq (local.get $n) (local.get $cap))
                  (then
                    (global.set $resume (local.get $q))
                    (return (local.get $n))))
                (i32.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2))) (local.get $q))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $bit)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    (global.set $resume (local.get $end))
    (local.get $n))
)
