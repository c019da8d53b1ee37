;; The matcher's first pass over a page's text, in WebAssembly: WebAssembly runs as compiled code from
;; its first call, where the same loop in JavaScript runs in the interpreter for most of a page's one
;; and only scan (15 ms against 1 ms on a long Wikipedia article).
;;
;; It reads the text of many text nodes joined, in UTF-8 (as TextEncoder.encodeInto writes it), and
;; does not know which node boundaries are block boundaries: "Bundes<wbr>wehr" is one word, but
;; "<li>Army</li><li>Navy</li>" is two. So within a stretch of word characters (a "glued word") every
;; node boundary is both a possible start and a possible end of a word, and each start is hashed on
;; its own, by the lower case of its UTF-16 code units, as the JavaScript matcher hashes words.
;;
;; A start is written out if a word from it to any possible end is the word of a one-word form, or if
;; a word from it to the glued word's end is the first word of a longer form and the next glued word
;; begins with a possible second word of that form (the filter holds each pair). A word with a
;; letter outside the Latin tables is no form's word (forms are Latin), so it is passed over. A glued
;; word with a character whose lower case only JavaScript knows (KELVIN SIGN), or more starts than it
;; keeps, is written out whole, as a region. A glued word is written out once the next one is
;; read. The matcher then looks at those places alone: the prefilter decides nothing, and every place
;; it passes over could not start a term.
;;
;; Memory, as prefilter.ts lays it out:
;;   0x0000   u16[0x250]  lower case of each code point below 0x250; 0: not a word; 0xffff: soft hyphen
;;   0x0500   i32[8]      the glued word's starts (UTF-16 offsets); 0x0520: their hashes
;;   0x0540   i32[8]      the previous glued word's starts; 0x0560: their hashes to its end
;;   0x1000   bit[2^20]   filter, by (hash & 0xfffff): the word of each one-word form; the first word
;;                        of each longer form, salted (hash ^ 0x2545f491); and the pair of its first
;;                        two words, mixed (first * 0x01000193 ^ second)
;;   0x21000  u8[0x10000] class of each code point (chars.ts): 0 not in a word, 1 in one, 2 in one and
;;                        lower-cased into the Latin table
;;   0x31000  the text (UTF-8), then the node boundaries (i32 UTF-16 offsets where a node starts,
;;            counted from `base`, ascending, ending with -1), then the output: i32 pairs (start, -1) for a start and
;;            (start, end) for a region, in text order
(module
  (memory (export "memory") 16)
  (global $starts i32 (i32.const 0x500))
  (global $hashes i32 (i32.const 0x520))
  (global $prevStarts i32 (i32.const 0x540))
  (global $prevHashes i32 (i32.const 0x560))
  (global $most i32 (i32.const 8))
  ;; The previous glued word: its count of starts, the starts that are the first word of a longer
  ;; form, the starts to write out, whether it is written out whole, its end; -1 count: none.
  (global $pn (mut i32) (i32.const -1))
  (global $pFirst (mut i32) (i32.const 0))
  (global $pFound (mut i32) (i32.const 0))
  (global $pWhole (mut i32) (i32.const 0))
  (global $pEnd (mut i32) (i32.const 0))
  (global $out (mut i32) (i32.const 0))
  ;; The starts of the glued word whose words so far have a letter outside the Latin tables.
  (global $foreign (mut i32) (i32.const 0))
  (global $count (mut i32) (i32.const 0))

  (func (export "scan") (param $in i32) (param $len i32) (param $bounds i32) (param $out i32) (param $base i32)
    (result i32)
    (local $end i32) (local $b i32) (local $cp i32) (local $v i32) (local $u i32) (local $units i32)
    (local $inWord i32) (local $unknown i32) (local $sep i32) (local $next i32) (local $class i32)
    (local $n i32) (local $found i32) (local $s i32) (local $at i32) (local $h0 i32) (local $start0 i32)
    ;; Offsets count from `base`: the text's offset in all the text its boundaries and output refer to.
    (local.set $u (local.get $base))
    (global.set $out (local.get $out))
    (global.set $count (i32.const 0))
    (global.set $pn (i32.const -1))
    (local.set $end (i32.add (local.get $in) (local.get $len)))
    (local.set $next (i32.load (local.get $bounds)))
    ;; The first start's hash lives in $h0 and the others' in memory; the functions below read all of
    ;; them from memory, so $h0 is stored before they are called.
    (block $done
      (loop $char
        ;; Between words, ASCII separators (most of a page's text: spaces, line breaks, indentation)
        ;; are passed over in a loop of their own. Boundaries passed are dropped below.
        (if (i32.eqz (local.get $inWord))
          (then
            (block $skipped
              (loop $skip
                (br_if $skipped (i32.ge_u (local.get $in) (local.get $end)))
                (local.set $b (i32.load8_u (local.get $in)))
                (br_if $skipped (i32.ge_u (local.get $b) (i32.const 0x80)))
                (br_if $skipped (i32.load16_u (i32.shl (local.get $b) (i32.const 1))))
                (local.set $in (i32.add (local.get $in) (i32.const 1)))
                (local.set $u (i32.add (local.get $u) (i32.const 1)))
                (br $skip)))))
        ;; Node boundaries at or before this offset (empty nodes make several): inside a glued word,
        ;; each is a possible end of the words so far and a possible start of one. (-1 ends the list:
        ;; as unsigned, it is never reached.)
        (block $nobound
          (loop $bound
            (br_if $nobound (i32.gt_u (local.get $next) (local.get $u)))
            (local.set $bounds (i32.add (local.get $bounds) (i32.const 4)))
            (local.set $next (i32.load (local.get $bounds)))
            (br_if $bound (i32.eqz (local.get $inWord)))
            (i32.store (global.get $hashes) (local.get $h0))
            (local.set $found (call $ends (local.get $n) (local.get $found) (local.get $u)))
            (call $second (local.get $h0) (local.get $unknown))
            (if (i32.lt_u (local.get $n) (global.get $most))
              (then
                (i32.store (i32.add (global.get $starts) (i32.shl (local.get $n) (i32.const 2))) (local.get $u))
                (i32.store (i32.add (global.get $hashes) (i32.shl (local.get $n) (i32.const 2))) (i32.const 0))
                (local.set $n (i32.add (local.get $n) (i32.const 1))))
              (else (local.set $unknown (i32.const 1))))
            (br $bound)))
        (br_if $done (i32.ge_u (local.get $in) (local.get $end)))
        (local.set $b (i32.load8_u (local.get $in)))
        (local.set $units (i32.const 1))
        ;; Decode one code point.
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then
            (local.set $cp (local.get $b))
            (local.set $in (i32.add (local.get $in) (i32.const 1))))
          (else (if (i32.lt_u (local.get $b) (i32.const 0xe0))
            (then
              (local.set $cp (i32.or
                (i32.shl (i32.and (local.get $b) (i32.const 0x1f)) (i32.const 6))
                (i32.and (i32.load8_u offset=1 (local.get $in)) (i32.const 0x3f))))
              (local.set $in (i32.add (local.get $in) (i32.const 2))))
            (else (if (i32.lt_u (local.get $b) (i32.const 0xf0))
              (then
                (local.set $cp (i32.or (i32.or
                  (i32.shl (i32.and (local.get $b) (i32.const 0x0f)) (i32.const 12))
                  (i32.shl (i32.and (i32.load8_u offset=1 (local.get $in)) (i32.const 0x3f)) (i32.const 6)))
                  (i32.and (i32.load8_u offset=2 (local.get $in)) (i32.const 0x3f))))
                (local.set $in (i32.add (local.get $in) (i32.const 3))))
              (else
                ;; Outside the Basic Multilingual Plane: two UTF-16 code units, both word characters.
                (local.set $cp (i32.const 0x10000))
                (local.set $units (i32.const 2))
                (local.set $in (i32.add (local.get $in) (i32.const 4)))))))))
        ;; Classify it: a separator, a Latin word character with its lower case from the table, or
        ;; (v = 0) another word character by its class: 1 foreign, 2 one only JavaScript can lower.
        (local.set $v (i32.const 0))
        (if (i32.lt_u (local.get $cp) (i32.const 0x250))
          (then
            (local.set $v (i32.load16_u (i32.shl (local.get $cp) (i32.const 1))))
            (local.set $sep (i32.eqz (local.get $v))))
          (else
            (local.set $class (i32.const 1))
            (if (i32.lt_u (local.get $cp) (i32.const 0x10000))
              (then (local.set $class (i32.load8_u offset=0x21000 (local.get $cp)))))
            (local.set $sep (i32.eqz (local.get $class)))))
        (if (local.get $sep)
          (then
            (if (local.get $inWord)
              (then
                (local.set $inWord (i32.const 0))
                (if (i32.eq (local.get $n) (i32.const 1))
                  (then (call $finishOne (local.get $start0) (local.get $h0) (local.get $unknown) (local.get $u)))
                  (else
                    (i32.store (global.get $hashes) (local.get $h0))
                    (call $finish (local.get $n) (call $ends (local.get $n) (local.get $found) (local.get $u))
                      (local.get $unknown) (local.get $u)))))))
          (else
            (if (i32.eqz (local.get $inWord))
              (then
                (local.set $inWord (i32.const 1))
                (local.set $start0 (local.get $u))
                (i32.store (global.get $starts) (local.get $u))
                (local.set $h0 (i32.const 0))
                (local.set $n (i32.const 1))
                (local.set $found (i32.const 0))
                (local.set $unknown (i32.const 0))
                (global.set $foreign (i32.const 0))))
            (if (i32.eqz (local.get $v))
              (then
                (if (i32.eq (local.get $class) (i32.const 2))
                  (then (local.set $unknown (i32.const 1)))
                  (else (global.set $foreign
                    (i32.sub (i32.shl (i32.const 1) (local.get $n)) (i32.const 1))))))
              (else (if (i32.ne (local.get $v) (i32.const 0xffff))
                (then
                  (local.set $h0 (i32.add (i32.mul (local.get $h0) (i32.const 31)) (local.get $v)))
                  (local.set $s (i32.const 1))
                  (block $hashed
                    (loop $hash
                      (br_if $hashed (i32.ge_u (local.get $s) (local.get $n)))
                      (local.set $at (i32.add (global.get $hashes) (i32.shl (local.get $s) (i32.const 2))))
                      (i32.store (local.get $at)
                        (i32.add (i32.mul (i32.load (local.get $at)) (i32.const 31)) (local.get $v)))
                      (local.set $s (i32.add (local.get $s) (i32.const 1)))
                      (br $hash)))))))))
        (local.set $u (i32.add (local.get $u) (local.get $units)))
        (br $char)))
    (if (local.get $inWord)
      (then
        (if (i32.eq (local.get $n) (i32.const 1))
          (then (call $finishOne (local.get $start0) (local.get $h0) (local.get $unknown) (local.get $u)))
          (else
            (i32.store (global.get $hashes) (local.get $h0))
            (call $finish (local.get $n) (call $ends (local.get $n) (local.get $found) (local.get $u))
              (local.get $unknown) (local.get $u))))))
    (call $flush)
    (global.get $count))

  ;; $finish for a glued word with one start (no node boundary inside), the common case, without
  ;; going through memory but for what the next word needs.
  (func $finishOne (param $start i32) (param $h i32) (param $unknown i32) (param $u i32)
    (local $found i32) (local $first i32) (local $plain i32)
    (local.set $plain (i32.eqz (i32.or (local.get $unknown) (global.get $foreign))))
    (if (local.get $plain)
      (then
        (local.set $found (call $inFilter (local.get $h)))
        (local.set $first (call $inFilter (i32.xor (local.get $h) (i32.const 0x2545f491))))))
    (if (global.get $pFirst) (then (call $second (local.get $h) (local.get $unknown))))
    (if (i32.or (global.get $pFound) (global.get $pWhole)) (then (call $flush)))
    (i32.store (global.get $prevStarts) (local.get $start))
    (i32.store (global.get $prevHashes) (local.get $h))
    (global.set $pn (i32.const 1))
    (global.set $pFirst (local.get $first))
    (global.set $pFound (local.get $found))
    (global.set $pWhole (local.get $unknown))
    (global.set $pEnd (local.get $u)))

  ;; Files the glossary's forms at start-up, where JavaScript would go through them in the
  ;; interpreter. Reads the forms (UTF-8) as the compiled glossary lists them: "|" between the forms
  ;; of a group, a tab or a line break after each group (an entry's forms in one language; a group may
  ;; be empty), groups in the order entry × languages + language. For each form it writes four i32:
  ;; the hash of its first word, its group × 2 + 1 if it has a second word, and where its text starts
  ;; and ends (UTF-16 offsets in the input); and it sets the filter's bits as the header says. Returns
  ;; the number of forms.
  (func (export "index") (param $in i32) (param $len i32) (param $out i32) (result i32)
    (local $end i32) (local $b i32) (local $cp i32) (local $v i32) (local $word i32) (local $h i32)
    (local $first i32) (local $second i32) (local $count i32) (local $at i32) (local $group i32)
    (local $u i32) (local $start i32)
    (local.set $end (i32.add (local.get $in) (local.get $len)))
    (block $done
      (loop $char
        (if (i32.ge_u (local.get $in) (local.get $end)) (then (local.set $b (i32.const 0x0a)))
          (else (local.set $b (i32.load8_u (local.get $in)))))
        ;; A form ends: file it, unless it is empty (an empty group).
        (if (i32.or (i32.eq (local.get $b) (i32.const 0x7c))
              (i32.or (i32.eq (local.get $b) (i32.const 0x09)) (i32.eq (local.get $b) (i32.const 0x0a))))
          (then
            (if (i32.gt_u (local.get $u) (local.get $start))
              (then
                (if (i32.eq (local.get $word) (i32.const 1)) (then (local.set $first (local.get $h))))
                (if (i32.eq (local.get $word) (i32.const 3)) (then (local.set $second (local.get $h))))
                (local.set $at (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 4))))
                (i32.store (local.get $at) (local.get $first))
                (i32.store offset=8 (local.get $at) (local.get $start))
                (i32.store offset=12 (local.get $at) (local.get $u))
                (if (i32.ge_u (local.get $word) (i32.const 3))
                  (then
                    (i32.store offset=4 (local.get $at)
                      (i32.or (i32.shl (local.get $group) (i32.const 1)) (i32.const 1)))
                    (call $setBit (i32.xor (local.get $first) (i32.const 0x2545f491)))
                    (call $setBit (i32.xor (local.get $second) (i32.mul (i32.const 0x01000193) (local.get $first)))))
                  (else
                    (i32.store offset=4 (local.get $at) (i32.shl (local.get $group) (i32.const 1)))
                    (call $setBit (local.get $first))))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))
            (if (i32.ne (local.get $b) (i32.const 0x7c))
              (then (local.set $group (i32.add (local.get $group) (i32.const 1)))))
            (local.set $word (i32.const 0))
            (local.set $h (i32.const 0))
            (local.set $first (i32.const 0))
            (br_if $done (i32.ge_u (local.get $in) (local.get $end)))
            (local.set $in (i32.add (local.get $in) (i32.const 1)))
            (local.set $u (i32.add (local.get $u) (i32.const 1)))
            (local.set $start (local.get $u))
            (br $char)))
        ;; Decode one code point (forms' letters are below U+0250; other characters only separate).
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then
            (local.set $cp (local.get $b))
            (local.set $in (i32.add (local.get $in) (i32.const 1))))
          (else (if (i32.lt_u (local.get $b) (i32.const 0xe0))
            (then
              (local.set $cp (i32.or
                (i32.shl (i32.and (local.get $b) (i32.const 0x1f)) (i32.const 6))
                (i32.and (i32.load8_u offset=1 (local.get $in)) (i32.const 0x3f))))
              (local.set $in (i32.add (local.get $in) (i32.const 2))))
            (else (if (i32.lt_u (local.get $b) (i32.const 0xf0))
              (then
                (local.set $cp (i32.const 0x800))
                (local.set $in (i32.add (local.get $in) (i32.const 3))))
              (else
                ;; Outside the Basic Multilingual Plane: two UTF-16 code units.
                (local.set $cp (i32.const 0x10000))
                (local.set $u (i32.add (local.get $u) (i32.const 1)))
                (local.set $in (i32.add (local.get $in) (i32.const 4)))))))))
        (local.set $u (i32.add (local.get $u) (i32.const 1)))
        (local.set $v (i32.const 0))
        (if (i32.lt_u (local.get $cp) (i32.const 0x250))
          (then (local.set $v (i32.load16_u (i32.shl (local.get $cp) (i32.const 1))))))
        ;; $word: 0 before the first word, 1 in it, 2 between the first and second, 3 in the second,
        ;; 4 after it.
        (if (local.get $v)
          (then
            (if (i32.eqz (local.get $word)) (then (local.set $word (i32.const 1))))
            (if (i32.eq (local.get $word) (i32.const 2))
              (then
                (local.set $first (local.get $h))
                (local.set $h (i32.const 0))
                (local.set $word (i32.const 3))))
            (if (i32.and (i32.lt_u (local.get $word) (i32.const 4)) (i32.ne (local.get $v) (i32.const 0xffff)))
              (then (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (local.get $v))))))
          (else
            (if (i32.eq (local.get $word) (i32.const 1))
              (then
                (local.set $first (local.get $h))
                (local.set $word (i32.const 2))))
            (if (i32.eq (local.get $word) (i32.const 3))
              (then
                (local.set $second (local.get $h))
                (local.set $word (i32.const 4))))))
        (br $char)))
    (local.get $count))

  (func $setBit (param $h i32)
    (local $at i32)
    (local.set $at (i32.add (i32.const 0x1000) (i32.shr_u (i32.and (local.get $h) (i32.const 0xfffff)) (i32.const 3))))
    (i32.store8 (local.get $at)
      (i32.or (i32.load8_u (local.get $at)) (i32.shl (i32.const 1) (i32.and (local.get $h) (i32.const 7))))))

  ;; 1 if the hash's bit is set in the filter, else 0.
  (func $inFilter (param $h i32) (result i32)
    (i32.ne (i32.const 0) (i32.and
      (i32.load8_u offset=0x1000 (i32.shr_u (i32.and (local.get $h) (i32.const 0xfffff)) (i32.const 3)))
      (i32.shl (i32.const 1) (i32.and (local.get $h) (i32.const 7))))))

  ;; The glued word's words may end at `u`: sets the bit of each start whose word so far (not empty)
  ;; is a one-word form's. Returns the bits.
  (func $ends (param $n i32) (param $found i32) (param $u i32) (result i32)
    (local $s i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $s) (local.get $n)))
        (if (i32.and
            (i32.lt_u (i32.load (i32.add (global.get $starts) (i32.shl (local.get $s) (i32.const 2)))) (local.get $u))
            (i32.eqz (i32.and (global.get $foreign) (i32.shl (i32.const 1) (local.get $s)))))
          (then
            (if (call $inFilter (i32.load (i32.add (global.get $hashes) (i32.shl (local.get $s) (i32.const 2)))))
              (then (local.set $found (i32.or (local.get $found) (i32.shl (i32.const 1) (local.get $s))))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $each)))
    (local.get $found))

  ;; The glued word's first word so far, hash `h`, may be the second word of a form whose first word
  ;; ends the previous glued word: marks those starts of the previous one to be written out.
  (func $second (param $h i32) (param $unknown i32)
    (local $s i32)
    (if (i32.lt_s (global.get $pn) (i32.const 0)) (then (return)))
    (if (local.get $unknown)
      (then
        (global.set $pFound (i32.or (global.get $pFound) (global.get $pFirst)))
        (return)))
    (if (i32.and (global.get $foreign) (i32.const 1)) (then (return)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $s) (global.get $pn)))
        (if (i32.and (global.get $pFirst) (i32.shl (i32.const 1) (local.get $s)))
          (then
            (if (call $inFilter (i32.xor (local.get $h) (i32.mul (i32.const 0x01000193)
                  (i32.load (i32.add (global.get $prevHashes) (i32.shl (local.get $s) (i32.const 2)))))))
              (then (global.set $pFound (i32.or (global.get $pFound) (i32.shl (i32.const 1) (local.get $s))))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $each))))

  ;; The glued word ends at `u`, `found` its starts to write out so far: the previous one, now
  ;; complete, is written out, and this one takes its place.
  (func $finish (param $n i32) (param $found i32) (param $unknown i32) (param $u i32)
    (local $s i32) (local $h i32) (local $first i32)
    (call $second (i32.load (global.get $hashes)) (local.get $unknown))
    (call $flush)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $s) (local.get $n)))
        (local.set $h (i32.load (i32.add (global.get $hashes) (i32.shl (local.get $s) (i32.const 2)))))
        (i32.store (i32.add (global.get $prevStarts) (i32.shl (local.get $s) (i32.const 2)))
          (i32.load (i32.add (global.get $starts) (i32.shl (local.get $s) (i32.const 2)))))
        (i32.store (i32.add (global.get $prevHashes) (i32.shl (local.get $s) (i32.const 2))) (local.get $h))
        (if (i32.and (i32.and
            (i32.lt_u (i32.load (i32.add (global.get $starts) (i32.shl (local.get $s) (i32.const 2)))) (local.get $u))
            (i32.eqz (i32.and (global.get $foreign) (i32.shl (i32.const 1) (local.get $s)))))
            (call $inFilter (i32.xor (local.get $h) (i32.const 0x2545f491))))
          (then (local.set $first (i32.or (local.get $first) (i32.shl (i32.const 1) (local.get $s))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $each)))
    (global.set $pn (local.get $n))
    (global.set $pFirst (local.get $first))
    (global.set $pFound (local.get $found))
    (global.set $pWhole (local.get $unknown))
    (global.set $pEnd (local.get $u)))

  ;; Writes out the previous glued word: whole as a region, or its starts to write out.
  (func $flush
    (local $s i32) (local $at i32)
    (if (i32.lt_s (global.get $pn) (i32.const 0)) (then (return)))
    (if (global.get $pWhole)
      (then
        (local.set $at (i32.add (global.get $out) (i32.shl (global.get $count) (i32.const 3))))
        (i32.store (local.get $at) (i32.load (global.get $prevStarts)))
        (i32.store offset=4 (local.get $at) (global.get $pEnd))
        (global.set $count (i32.add (global.get $count) (i32.const 1))))
      (else
        (block $done
          (loop $each
            (br_if $done (i32.ge_u (local.get $s) (global.get $pn)))
            (if (i32.and (global.get $pFound) (i32.shl (i32.const 1) (local.get $s)))
              (then
                (local.set $at (i32.add (global.get $out) (i32.shl (global.get $count) (i32.const 3))))
                (i32.store (local.get $at)
                  (i32.load (i32.add (global.get $prevStarts) (i32.shl (local.get $s) (i32.const 2)))))
                (i32.store offset=4 (local.get $at) (i32.const -1))
                (global.set $count (i32.add (global.get $count) (i32.const 1)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $each)))))
    (global.set $pn (i32.const -1))))
