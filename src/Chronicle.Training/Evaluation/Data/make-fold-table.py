#!/usr/bin/env python3
"""Writes fold-table.txt: for every code point outside ASCII whose fold differs from itself, the fold score.py's
norm() applies to it one character at a time: NFKD, characters with a combining class dropped, lower case.
Decomposition is per character and reordering only moves combining characters, which are dropped, so folding
a string character by character equals score.py's whole-string steps (except Greek final sigma).
Hangul syllables are left out: they decompose algorithmically (ScoreText does it).
Run: python3 make-fold-table.py > fold-table.txt   (the Unicode version is Python's: see the first line)."""
import sys, unicodedata
print(f"# unicode {unicodedata.unidata_version}: code point<TAB>folded code points (empty = dropped)")
for cp in range(0x80, 0x110000):
    if 0xD800 <= cp <= 0xDFFF or 0xAC00 <= cp <= 0xD7A3:
        continue
    c = chr(cp)
    folded = ''.join(x for x in unicodedata.normalize('NFKD', c) if not unicodedata.combining(x)).lower()
    if folded != c:
        print(f"{cp:X}\t{' '.join(f'{ord(x):X}' for x in folded)}")
