;; The byte scans behind the full-text search's quick look (see byte-scan.ts). Assembled by
;; scripts/byte-scan-wasm.ts, which also writes the tables below (from phrase-bytes.ts's
;; `unfitBytes`) into the module's data.
;;
;; Memory: [0, 256) one byte a byte value: 1 when it is unfit on its own;
;; [256, 4352) one byte a pair (lead 0xC0-0xFF, continuation 0x80-0xBF): 0 fit,
;; 1 unfit, 2 + k when the third byte decides, by table k; [4352, ...) the
;; third-byte tables, 64 bytes each (continuations 0x80-0xBF). The bytes
;; scanned are put at or after `dataStart`.
(module
  (memory (export "memory") 2)
  (global (export "dataStart") i32 (i32.const 65536))

  ;; Writes the bytes [from, from + length) to `to` as the phrase search
  ;; compares them, and returns how many it wrote: A-Z as a-z; curly quotes
  ;; and primes as ' and "; a run of white space (tabs, line ends, no-break
  ;; and Unicode spaces, line separators, the ideographic space) as one
  ;; space, or as a line feed when it holds a blank line (LF LF or LF CR LF:
  ;; a paragraph ends there), or as nothing after a hyphen (FanFicFare's
  ;; wrapping is undone by joining `well-` and `known`); every other byte as
  ;; it is. The three bytes after the end must be readable (they are zero).
  (func (export "fold") (param $from i32) (param $to i32) (param $length i32) (result i32)
    (local $at i32) (local $end i32) (local $out i32) (local $byte i32) (local $next i32) (local $third i32)
    (local $width i32) (local $pending i32) (local $lines i32) (local $afterHyphen i32)
    (local $chunk v128) (local $spaces v128) (local $good i32)
    (local.set $at (local.get $from))
    (local.set $end (i32.add (local.get $from) (local.get $length)))
    (local.set $out (local.get $to))
    (block $done
      (loop $bytes
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        ;; Printable ASCII but hyphens, with no two spaces together, is copied as it is, lowercased, up to
        ;; 16 bytes at a time, after the space pending before it, if any; a space that ends it is left
        ;; pending (it may start a run). The byte that stops it is folded below.
        (if (i32.and (i32.and (i32.le_u (local.get $pending) (i32.const 1)) (i32.eqz (local.get $afterHyphen)))
              (i32.le_u (i32.add (local.get $at) (i32.const 16)) (local.get $end)))
          (then
            (local.set $chunk (v128.load (local.get $at)))
            (local.set $spaces (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x20))))
            (local.set $good (i32.ctz (i32.or (i32.const 0x10000) (i8x16.bitmask
              (v128.or
                (v128.or
                  (i8x16.lt_s (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x2D))))
                (v128.or
                  (v128.and (local.get $spaces)
                    (i8x16.shuffle 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 (local.get $spaces) (v128.const i64x2 0 0)))
                  ;; A space first continues the pending run.
                  (v128.and (i8x16.splat (i32.sub (i32.const 0) (local.get $pending)))
                    (v128.and (local.get $spaces) (v128.const i32x4 0xFF 0 0 0)))))))))
            (if (local.get $good)
              (then
                (if (local.get $pending)
                  (then
                    (i32.store8 (local.get $out) (i32.const 0x20))
                    (local.set $out (i32.add (local.get $out) (i32.const 1)))))
                (v128.store (local.get $out)
                  (v128.or (local.get $chunk)
                    (v128.and (i8x16.splat (i32.const 0x20))
                      (v128.and
                        (i8x16.ge_u (local.get $chunk) (i8x16.splat (i32.const 0x41)))
                        (i8x16.le_u (local.get $chunk) (i8x16.splat (i32.const 0x5A)))))))
                (local.set $at (i32.add (local.get $at) (local.get $good)))
                (local.set $lines (i32.const 0))
                (local.set $pending (i32.eq (i32.load8_u (i32.sub (local.get $at) (i32.const 1))) (i32.const 0x20)))
                (local.set $out (i32.add (local.get $out) (i32.sub (local.get $good) (local.get $pending))))
                (br $bytes)))))
        (local.set $byte (i32.load8_u (local.get $at)))
        (local.set $next (i32.load8_u (i32.add (local.get $at) (i32.const 1))))
        (local.set $third (i32.load8_u (i32.add (local.get $at) (i32.const 2))))
        ;; $width: bytes of white space here, 0 when none.
        (local.set $width (call $spaceWidth (local.get $byte) (local.get $next) (local.get $third)))
        (if (local.get $width)
          (then
            ;; $lines: 1 after a line feed, 2 after a line feed and a carriage return; a line feed then is a blank line.
            (if (i32.eq (local.get $byte) (i32.const 0x0A))
              (then
                (if (local.get $lines) (then (local.set $pending (i32.const 2))))
                (local.set $lines (i32.const 1)))
              (else
                (if (i32.and (i32.eq (local.get $byte) (i32.const 0x0D)) (i32.eq (local.get $lines) (i32.const 1)))
                  (then (local.set $lines (i32.const 2)))
                  (else (local.set $lines (i32.const 0))))))
            (if (i32.eqz (local.get $pending)) (then (local.set $pending (i32.const 1))))
            (local.set $at (i32.add (local.get $at) (local.get $width)))
            (br $bytes)))
        (if (i32.eq (local.get $pending) (i32.const 2))
          (then
            (i32.store8 (local.get $out) (i32.const 0x0A))
            (local.set $out (i32.add (local.get $out) (i32.const 1)))))
        (if (i32.and (i32.eq (local.get $pending) (i32.const 1)) (i32.eqz (local.get $afterHyphen)))
          (then
            (i32.store8 (local.get $out) (i32.const 0x20))
            (local.set $out (i32.add (local.get $out) (i32.const 1)))))
        (local.set $pending (i32.const 0))
        (local.set $lines (i32.const 0))
        (local.set $width (i32.const 1))
        (if (i32.lt_u (i32.sub (local.get $byte) (i32.const 0x41)) (i32.const 26))
          (then (local.set $byte (i32.or (local.get $byte) (i32.const 0x20)))))
        (if (i32.and (i32.eq (local.get $byte) (i32.const 0xE2)) (i32.eq (local.get $next) (i32.const 0x80)))
          (then
            (if (i32.or (i32.le_u (i32.sub (local.get $third) (i32.const 0x98)) (i32.const 3)) (i32.eq (local.get $third) (i32.const 0xB2)))
              (then (local.set $byte (i32.const 0x27)) (local.set $width (i32.const 3))))
            (if (i32.or (i32.le_u (i32.sub (local.get $third) (i32.const 0x9C)) (i32.const 3)) (i32.eq (local.get $third) (i32.const 0xB3)))
              (then (local.set $byte (i32.const 0x22)) (local.set $width (i32.const 3))))))
        (i32.store8 (local.get $out) (local.get $byte))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $afterHyphen (i32.eq (local.get $byte) (i32.const 0x2D)))
        (local.set $at (i32.add (local.get $at) (local.get $width)))
        (br $bytes)))
    (i32.sub (local.get $out) (local.get $to)))

  ;; How many bytes the white space starting with these three is (tab, line ends and space; no-break,
  ;; Unicode and ideographic spaces, line and paragraph separators); 0 when it is none.
  (func $spaceWidth (param $byte i32) (param $next i32) (param $third i32) (result i32)
    (if (i32.or (i32.eq (local.get $byte) (i32.const 0x20))
          (i32.or (i32.eq (local.get $byte) (i32.const 0x09))
            (i32.or (i32.eq (local.get $byte) (i32.const 0x0A)) (i32.eq (local.get $byte) (i32.const 0x0D)))))
      (then (return (i32.const 1))))
    (if (i32.and (i32.eq (local.get $byte) (i32.const 0xC2)) (i32.eq (local.get $next) (i32.const 0xA0)))
      (then (return (i32.const 2))))
    (if (i32.and (i32.eq (local.get $byte) (i32.const 0xE2)) (i32.eq (local.get $next) (i32.const 0x80)))
      (then
        (if (i32.or (i32.le_u (i32.sub (local.get $third) (i32.const 0x80)) (i32.const 0x0A))
              (i32.or (i32.eq (local.get $third) (i32.const 0xA8))
                (i32.or (i32.eq (local.get $third) (i32.const 0xA9)) (i32.eq (local.get $third) (i32.const 0xAF)))))
          (then (return (i32.const 3))))))
    (if (i32.and (i32.eq (local.get $byte) (i32.const 0xE2))
          (i32.and (i32.eq (local.get $next) (i32.const 0x81)) (i32.eq (local.get $third) (i32.const 0x9F))))
      (then (return (i32.const 3))))
    (if (i32.and (i32.eq (local.get $byte) (i32.const 0xE3))
          (i32.and (i32.eq (local.get $next) (i32.const 0x80)) (i32.eq (local.get $third) (i32.const 0x80))))
      (then (return (i32.const 3))))
    (i32.const 0))

  ;; Where the `needleLength` (1 or more) bytes at `needle` first occur in the `length` bytes at
  ;; `from`, as an offset from `from`; -1 when they do not. Positions whose first and last bytes
  ;; both fit are found 16 at a time, and only those are compared whole.
  (func (export "find") (param $from i32) (param $length i32) (param $needle i32) (param $needleLength i32) (result i32)
    (local $at i32) (local $last i32) (local $firsts v128) (local $lasts v128) (local $bits i32) (local $found i32)
    (local.set $last (i32.sub (local.get $needleLength) (i32.const 1)))
    (local.set $firsts (i8x16.splat (i32.load8_u (local.get $needle))))
    (local.set $lasts (i8x16.splat (i32.load8_u (i32.add (local.get $needle) (local.get $last)))))
    (block $chunked
      (loop $chunks
        (br_if $chunked (i32.gt_u (i32.add (i32.add (local.get $at) (local.get $last)) (i32.const 16)) (local.get $length)))
        (local.set $bits (i8x16.bitmask
          (v128.and
            (i8x16.eq (v128.load (i32.add (local.get $from) (local.get $at))) (local.get $firsts))
            (i8x16.eq (v128.load (i32.add (i32.add (local.get $from) (local.get $at)) (local.get $last))) (local.get $lasts)))))
        (block $checked
          (loop $candidates
            (br_if $checked (i32.eqz (local.get $bits)))
            (local.set $found (i32.add (local.get $at) (i32.ctz (local.get $bits))))
            (if (call $same (i32.add (local.get $from) (local.get $found)) (local.get $needle) (local.get $needleLength))
              (then (return (local.get $found))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $candidates)))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $chunks)))
    (block $none
      (loop $rest
        (br_if $none (i32.gt_u (i32.add (local.get $at) (local.get $needleLength)) (local.get $length)))
        (if (call $same (i32.add (local.get $from) (local.get $at)) (local.get $needle) (local.get $needleLength))
          (then (return (local.get $at))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $rest)))
    (i32.const -1))

  ;; Whether the `length` bytes at `a` and at `b` are the same.
  (func $same (param $a i32) (param $b i32) (param $length i32) (result i32)
    (local $at i32)
    (block $differ
      (loop $bytes
        (if (i32.ge_u (local.get $at) (local.get $length)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $at))) (i32.load8_u (i32.add (local.get $b) (local.get $at)))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $bytes)))
    (i32.const 0))

  ;; Where the `length` (1 or more) bytes at `needle` first occur as they are in [at, end), but
  ;; for the case of the letters whose byte at `cases` (as long as the needle) is 0x20; -1 when
  ;; nowhere. Positions whose first and last bytes both fit are found 16 at a time.
  (func (export "findRaw") (param $at i32) (param $end i32) (param $needle i32) (param $cases i32) (param $length i32) (result i32)
    (local $last i32) (local $firsts v128) (local $lasts v128) (local $firstCases v128) (local $lastCases v128)
    (local $bits i32) (local $found i32)
    (local.set $last (i32.sub (local.get $length) (i32.const 1)))
    (local.set $firsts (i8x16.splat (i32.load8_u (local.get $needle))))
    (local.set $lasts (i8x16.splat (i32.load8_u (i32.add (local.get $needle) (local.get $last)))))
    (local.set $firstCases (i8x16.splat (i32.load8_u (local.get $cases))))
    (local.set $lastCases (i8x16.splat (i32.load8_u (i32.add (local.get $cases) (local.get $last)))))
    (block $chunked
      (loop $chunks
        (br_if $chunked (i32.gt_u (i32.add (i32.add (local.get $at) (local.get $last)) (i32.const 16)) (local.get $end)))
        (local.set $bits (i8x16.bitmask
          (v128.and
            (i8x16.eq (v128.or (v128.load (local.get $at)) (local.get $firstCases)) (local.get $firsts))
            (i8x16.eq (v128.or (v128.load (i32.add (local.get $at) (local.get $last))) (local.get $lastCases)) (local.get $lasts)))))
        (block $checked
          (loop $candidates
            (br_if $checked (i32.eqz (local.get $bits)))
            (local.set $found (i32.add (local.get $at) (i32.ctz (local.get $bits))))
            (if (call $sameAsFolded (local.get $found) (local.get $needle) (local.get $cases) (local.get $length))
              (then (return (local.get $found))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $candidates)))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $chunks)))
    (block $none
      (loop $rest
        (br_if $none (i32.gt_u (i32.add (local.get $at) (local.get $length)) (local.get $end)))
        (if (call $sameAsFolded (local.get $at) (local.get $needle) (local.get $cases) (local.get $length))
          (then (return (local.get $at))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $rest)))
    (i32.const -1))

  ;; Whether the `length` bytes at `at`, each ORed with its byte at `cases`, are those at `needle`.
  (func $sameAsFolded (param $at i32) (param $needle i32) (param $cases i32) (param $length i32) (result i32)
    (local $i i32)
    (block $differ
      (loop $bytes
        (if (i32.ge_u (local.get $i) (local.get $length)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne
          (i32.or (i32.load8_u (i32.add (local.get $at) (local.get $i))) (i32.load8_u (i32.add (local.get $cases) (local.get $i))))
          (i32.load8_u (i32.add (local.get $needle) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $bytes)))
    (i32.const 0))

  ;; Where, in [at, end), the first byte sequence is that the fold changes and a phrase of these
  ;; `kinds` could run through (1: it has spaces; 2: quotes; 4: hyphens); `end` when none is.
  ;; Spaces: white space but a single space or a blank line (a paragraph ends there: no phrase runs
  ;; through it), so tabs, a line break, two spaces, no-break and Unicode spaces. Quotes: curly
  ;; quotes and primes. Hyphens: a hyphen with white space after it. Each 16 bytes are passed over
  ;; at once where none of their bytes may start one.
  (func (export "nextIrregular") (param $at i32) (param $end i32) (param $kinds i32) (result i32)
    (local $chunk v128) (local $next v128) (local $third v128) (local $flags v128) (local $stop i32) (local $skip i32)
    (local $bits i32) (local $found i32) (local $resume i32)
    (block $chunked
      (loop $chunks
        (br_if $chunked (i32.gt_u (i32.add (local.get $at) (i32.const 18)) (local.get $end)))
        (local.set $chunk (v128.load (local.get $at)))
        (local.set $next (v128.load (i32.add (local.get $at) (i32.const 1))))
        ;; Most chunks are printable ASCII with single spaces and no hyphen, and nothing in them is asked about.
        (if (i32.eqz (v128.any_true
              (v128.or
                (v128.or
                  (i8x16.lt_s (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x2D))))
                (v128.and
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                  (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x20)))))))
          (then
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (br $chunks)))
        (local.set $third (v128.load (i32.add (local.get $at) (i32.const 2))))
        (local.set $flags (v128.const i64x2 0 0))
        (if (i32.and (local.get $kinds) (i32.const 1))
          (then
            ;; Control bytes, two spaces, and no-break, Unicode and ideographic spaces (C2 A0, E2 80 80-8A,
            ;; E2 80 A8/A9/AF, E2 81 9F, E3 80 80: see $spaceWidth), told by all their bytes, so that the
            ;; many characters sharing their first bytes pass: dashes, curly quotes, kana, CJK punctuation.
            (local.set $flags (v128.or (local.get $flags)
              (v128.or
                (v128.or
                  (i8x16.lt_u (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                  (v128.and
                    (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                    (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x20)))))
                (v128.or
                  (v128.or
                    (v128.and
                      (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xC2)))
                      (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0xA0))))
                    (v128.and
                      (v128.and
                        (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xE3)))
                        (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x80))))
                      (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0x80)))))
                  (v128.and
                    (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xE2)))
                    (v128.or
                      (v128.and
                        (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x80)))
                        (v128.or
                          (i8x16.le_u (local.get $third) (i8x16.splat (i32.const 0x8A)))
                          (v128.or
                            (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0xA8)))
                            (v128.or
                              (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0xA9)))
                              (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0xAF)))))))
                      (v128.and
                        (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x81)))
                        (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0x9F))))))))))))
        (if (i32.and (local.get $kinds) (i32.const 2))
          ;; The curly quotes and primes: E2 80 98-9F, B2, B3.
          (then (local.set $flags (v128.or (local.get $flags)
            (v128.and
              (v128.and
                (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xE2)))
                (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x80))))
              (v128.or
                (v128.and
                  (i8x16.ge_u (local.get $third) (i8x16.splat (i32.const 0x98)))
                  (i8x16.le_u (local.get $third) (i8x16.splat (i32.const 0x9F))))
                (v128.or
                  (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0xB2)))
                  (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0xB3))))))))))
        (if (i32.and (local.get $kinds) (i32.const 4))
          (then
            (local.set $flags (v128.or (local.get $flags)
              (v128.and
                (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x2D)))
                (v128.or
                  (i8x16.le_u (local.get $next) (i8x16.splat (i32.const 0x20)))
                  (v128.or
                    (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0xC2)))
                    (v128.or
                      (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0xE2)))
                      (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0xE3)))))))))))
        ;; Only the flagged bytes may start one; a run of line ends passed over may reach past others.
        (local.set $bits (i8x16.bitmask (local.get $flags)))
        (local.set $stop (i32.add (local.get $at) (i32.const 16)))
        (local.set $resume (local.get $at))
        (block $checked
          (loop $flagged
            (br_if $checked (i32.eqz (local.get $bits)))
            (local.set $found (i32.add (local.get $at) (i32.ctz (local.get $bits))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br_if $flagged (i32.lt_u (local.get $found) (local.get $resume)))
            (local.set $skip (call $irregularAt (local.get $found) (local.get $end) (local.get $kinds)))
            (if (i32.eqz (local.get $skip)) (then (return (local.get $found))))
            (local.set $resume (i32.add (local.get $found) (local.get $skip)))
            (br $flagged)))
        (local.set $at (select (local.get $resume) (local.get $stop) (i32.gt_u (local.get $resume) (local.get $stop))))
        (br $chunks)))
    (block $none
      (loop $rest
        (br_if $none (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $skip (call $irregularAt (local.get $at) (local.get $end) (local.get $kinds)))
        (if (i32.eqz (local.get $skip)) (then (return (local.get $at))))
        (local.set $at (i32.add (local.get $at) (local.get $skip)))
        (br $rest)))
    (local.get $end))

  ;; 0 when an irregular sequence (see nextIrregular) starts at `at`; otherwise how many bytes on the
  ;; next may start: 1, or past a run of line ends that holds a blank line.
  (func $irregularAt (param $at i32) (param $end i32) (param $kinds i32) (result i32)
    (local $byte i32) (local $next i32) (local $third i32) (local $run i32) (local $blank i32) (local $newline i32)
    (local.set $byte (i32.load8_u (local.get $at)))
    ;; Past the end, a zero: no sequence reaches past it.
    (if (i32.lt_u (i32.add (local.get $at) (i32.const 1)) (local.get $end))
      (then (local.set $next (i32.load8_u (i32.add (local.get $at) (i32.const 1))))))
    (if (i32.lt_u (i32.add (local.get $at) (i32.const 2)) (local.get $end))
      (then (local.set $third (i32.load8_u (i32.add (local.get $at) (i32.const 2))))))
    (if (i32.and (local.get $kinds) (i32.const 1))
      (then
        (if (i32.or (i32.eq (local.get $byte) (i32.const 0x0A)) (i32.eq (local.get $byte) (i32.const 0x0D)))
          (then
            ;; A run of line ends: irregular unless it holds a blank line (LF LF or LF CR LF).
            (local.set $run (local.get $at))
            (block $ran
              (loop $line
                (br_if $ran (i32.ge_u (local.get $run) (local.get $end)))
                (local.set $byte (i32.load8_u (local.get $run)))
                (if (i32.eq (local.get $byte) (i32.const 0x0A))
                  (then
                    (if (i32.eq (local.get $newline) (i32.const 1)) (then (local.set $blank (i32.const 1))))
                    (local.set $newline (i32.const 1)))
                  (else
                    (br_if $ran (i32.ne (local.get $byte) (i32.const 0x0D)))))
                (local.set $run (i32.add (local.get $run) (i32.const 1)))
                (br $line)))
            (if (local.get $blank) (then (return (i32.sub (local.get $run) (local.get $at)))))
            (return (i32.const 0))))
        (if (i32.lt_u (local.get $byte) (i32.const 0x20)) (then (return (i32.const 0))))
        (if (i32.and (i32.eq (local.get $byte) (i32.const 0x20)) (i32.eq (local.get $next) (i32.const 0x20))) (then (return (i32.const 0))))
        (if (i32.ge_u (call $spaceWidth (local.get $byte) (local.get $next) (local.get $third)) (i32.const 2)) (then (return (i32.const 0))))))
    (if (i32.and (local.get $kinds) (i32.const 2))
      (then
        (if (i32.and (i32.and (i32.eq (local.get $byte) (i32.const 0xE2)) (i32.eq (local.get $next) (i32.const 0x80)))
              (i32.or (i32.le_u (i32.sub (local.get $third) (i32.const 0x98)) (i32.const 7))
                (i32.or (i32.eq (local.get $third) (i32.const 0xB2)) (i32.eq (local.get $third) (i32.const 0xB3)))))
          (then (return (i32.const 0))))))
    (if (i32.and (local.get $kinds) (i32.const 4))
      (then
        (if (i32.and (i32.eq (local.get $byte) (i32.const 0x2D))
              (i32.or (i32.le_u (local.get $next) (i32.const 0x20))
                (i32.ne (call $spaceWidth (local.get $next) (local.get $third) (i32.load8_u (i32.add (local.get $at) (i32.const 3)))) (i32.const 0))))
          (then (return (i32.const 0))))))
    (i32.const 1))

  ;; The paragraph around `at`: where the last blank line (LF LF, or LF CR LF) lying in [floor, at)
  ;; ends, or `floor`; and where the first one starting at or after `at` and ending by `end` ends, or `end`.
  ;; The start is returned, the end stored at `out`.
  (func (export "paragraph") (param $at i32) (param $floor i32) (param $end i32) (param $out i32) (result i32)
    (local $i i32) (local $from i32)
    (local.set $from (local.get $floor))
    (local.set $i (local.get $at))
    (block $found
      (loop $back
        (br_if $found (i32.le_u (local.get $i) (i32.add (local.get $floor) (i32.const 1))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 0x0A))
          (then
            (if (i32.eq (i32.load8_u (i32.sub (local.get $i) (i32.const 1))) (i32.const 0x0A))
              (then (local.set $from (i32.add (local.get $i) (i32.const 1))) (br $found)))
            (if (i32.and
                  (i32.eq (i32.load8_u (i32.sub (local.get $i) (i32.const 1))) (i32.const 0x0D))
                  (i32.and (i32.ge_u (i32.sub (local.get $i) (i32.const 2)) (local.get $floor))
                    (i32.eq (i32.load8_u (i32.sub (local.get $i) (i32.const 2))) (i32.const 0x0A))))
              (then (local.set $from (i32.add (local.get $i) (i32.const 1))) (br $found)))))
        (br $back)))
    (i32.store (local.get $out) (local.get $end))
    (local.set $i (local.get $at))
    (block $ended
      (loop $ahead
        (br_if $ended (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $end)))
        (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 0x0A))
          (then
            (if (i32.eq (i32.load8_u (i32.add (local.get $i) (i32.const 1))) (i32.const 0x0A))
              (then (i32.store (local.get $out) (i32.add (local.get $i) (i32.const 2))) (br $ended)))
            (if (i32.and
                  (i32.lt_u (i32.add (local.get $i) (i32.const 2)) (local.get $end))
                  (i32.and
                    (i32.eq (i32.load8_u (i32.add (local.get $i) (i32.const 1))) (i32.const 0x0D))
                    (i32.eq (i32.load8_u (i32.add (local.get $i) (i32.const 2))) (i32.const 0x0A))))
              (then (i32.store (local.get $out) (i32.add (local.get $i) (i32.const 3))) (br $ended)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $ahead)))
    (local.get $from))

  ;; 1 when an unfit sequence starts at `at` (which is before `end`), else 0.
  (func $unfitAt (param $at i32) (param $end i32) (result i32)
    (local $lead i32) (local $next i32) (local $pair i32)
    (local.set $lead (i32.load8_u (local.get $at)))
    (if (i32.load8_u (local.get $lead)) (then (return (i32.const 1))))
    (if (i32.lt_u (local.get $lead) (i32.const 0xC0)) (then (return (i32.const 0))))
    (if (i32.ge_u (i32.add (local.get $at) (i32.const 1)) (local.get $end)) (then (return (i32.const 0))))
    (local.set $next (i32.sub (i32.load8_u (i32.add (local.get $at) (i32.const 1))) (i32.const 0x80)))
    (if (i32.ge_u (local.get $next) (i32.const 64)) (then (return (i32.const 0))))
    (local.set $pair (i32.load8_u
      (i32.add (i32.const 256)
        (i32.add (i32.shl (i32.sub (local.get $lead) (i32.const 0xC0)) (i32.const 6)) (local.get $next)))))
    (if (i32.lt_u (local.get $pair) (i32.const 2)) (then (return (local.get $pair))))
    (if (i32.ge_u (i32.add (local.get $at) (i32.const 2)) (local.get $end)) (then (return (i32.const 0))))
    (local.set $next (i32.sub (i32.load8_u (i32.add (local.get $at) (i32.const 2))) (i32.const 0x80)))
    (if (i32.ge_u (local.get $next) (i32.const 64)) (then (return (i32.const 0))))
    (i32.load8_u
      (i32.add (i32.const 4352)
        (i32.add (i32.shl (i32.sub (local.get $pair) (i32.const 2)) (i32.const 6)) (local.get $next)))))

  ;; Where the first unfit sequence in [at, end) starts; `end` when there is none.
  ;; A 16-byte chunk where no byte may start one is passed over whole.
  (func (export "nextUnfit") (param $at i32) (param $end i32) (result i32)
    (local $chunk v128) (local $next v128) (local $third v128) (local $bits i32) (local $found i32)
    (block $found
      (loop $chunks
        (br_if $found (i32.gt_u (i32.add (local.get $at) (i32.const 18)) (local.get $end)))
        (local.set $chunk (v128.load (local.get $at)))
        ;; Printable ASCII is never unfit: most chunks are passed over on this one look.
        (if (i32.eqz (v128.any_true
              (v128.or
                (i8x16.lt_s (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x7F))))))
          (then
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (br $chunks)))
        ;; Where an unfit sequence may start, told by up to three bytes as unfitBytes tells it:
        ;; controls but tab and line ends, DEL, C2 80-9F, C3-CF, D2-E1, E2 but E2 80 other than
        ;; 80 AA-AE, E3 80 AA-AF, E3 82 99-9A, EA 80-AF, EF 80-BB, F0 but F0 9F, F1-FF. Cyrillic,
        ;; CJK, kana, Hangul, curly quotes and emoji pass. The tables are the rule;
        ;; test/core/grep/byte-scan.test.ts puts every code point in a chunk, at places across it.
        (local.set $next (v128.load (i32.add (local.get $at) (i32.const 1))))
        (local.set $third (v128.load (i32.add (local.get $at) (i32.const 2))))
        (local.set $bits (i8x16.bitmask
          (v128.or
            (v128.or
              (v128.or
                (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x7F)))
                (v128.andnot
                  (v128.andnot
                    (v128.andnot
                      (i8x16.lt_u (local.get $chunk) (i8x16.splat (i32.const 0x20)))
                      (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x0A))))
                    (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x09))))
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0x0D)))))
              (v128.or
                (v128.and
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xC2)))
                  (i8x16.lt_u (local.get $next) (i8x16.splat (i32.const 0xA0))))
                (v128.or
                  (v128.and
                    (i8x16.ge_u (local.get $chunk) (i8x16.splat (i32.const 0xC3)))
                    (i8x16.le_u (local.get $chunk) (i8x16.splat (i32.const 0xCF))))
                  (v128.and
                    (i8x16.ge_u (local.get $chunk) (i8x16.splat (i32.const 0xD2)))
                    (i8x16.le_u (local.get $chunk) (i8x16.splat (i32.const 0xE1)))))))
            (v128.or
              (v128.or
                (v128.and
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xE2)))
                  (v128.or
                    (v128.not (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x80))))
                    (v128.and
                      (i8x16.ge_u (local.get $third) (i8x16.splat (i32.const 0xAA)))
                      (i8x16.le_u (local.get $third) (i8x16.splat (i32.const 0xAE))))))
                (v128.and
                  (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xE3)))
                  (v128.or
                    (v128.and
                      (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x80)))
                      (v128.and
                        (i8x16.ge_u (local.get $third) (i8x16.splat (i32.const 0xAA)))
                        (i8x16.le_u (local.get $third) (i8x16.splat (i32.const 0xAF)))))
                    (v128.and
                      (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x82)))
                      (v128.or
                        (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0x99)))
                        (i8x16.eq (local.get $third) (i8x16.splat (i32.const 0x9A))))))))
              (v128.or
                (v128.or
                  (v128.and
                    (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xEA)))
                    (i8x16.le_u (local.get $next) (i8x16.splat (i32.const 0xAF))))
                  (v128.and
                    (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xEF)))
                    (i8x16.le_u (local.get $next) (i8x16.splat (i32.const 0xBB)))))
                (v128.or
                  (v128.and
                    (i8x16.eq (local.get $chunk) (i8x16.splat (i32.const 0xF0)))
                    (v128.not (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x9F)))))
                  (i8x16.ge_u (local.get $chunk) (i8x16.splat (i32.const 0xF1)))))))))
        ;; Only the flagged bytes are asked.
        (block $checked
          (loop $flagged
            (br_if $checked (i32.eqz (local.get $bits)))
            (local.set $found (i32.add (local.get $at) (i32.ctz (local.get $bits))))
            (if (call $unfitAt (local.get $found) (local.get $end)) (then (return (local.get $found))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $flagged)))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $chunks)))
    (block $none
      (loop $rest
        (br_if $none (i32.ge_u (local.get $at) (local.get $end)))
        (if (call $unfitAt (local.get $at) (local.get $end)) (then (return (local.get $at))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $rest)))
    (local.get $end))
)
