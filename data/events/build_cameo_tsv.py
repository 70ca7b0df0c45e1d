#!/usr/bin/env python3
"""Builds data/events/cameo.tsv from the CAMEO and PLOVER reference files.

Usage (from the repository root):
    python3 data/events/build_cameo_tsv.py ../shared/spec > data/events/cameo.tsv

Inputs: SPEC/cameo/CAMEO.eventcodes.txt, SPEC/cameo/CAMEO.goldsteinscale.txt,
SPEC/plover/CAMEO2PLOVER-2021.txt. The output is committed, so the library never
needs ../shared at run time.
"""
import re
import sys


def read_pairs(path):
    rows = {}
    with open(path, encoding="utf-8") as handle:
        next(handle)  # header
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            code, value = line.split("\t", 1)
            rows[code.strip()] = value.strip()
    return rows


def read_plover(path):
    """code -> (type, mode, context) for every explicit line of the conversion table."""
    table = {}
    pattern = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = pattern.match(line)
            if not match:
                continue
            code, kind, mode, context = match.groups()
            mode = mode.strip()
            contexts = [c.strip() for c in context.split(";") if c.strip()]
            table[code] = (kind, mode, ";".join(contexts))
    return table


def quad_class(code):
    # GDELT's QuadClass from the root code: 01-05 verbal cooperation, 06-08 material cooperation,
    # 09-13 verbal conflict, 14-20 material conflict.
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def main(spec):
    names = read_pairs(f"{spec}/cameo/CAMEO.eventcodes.txt")
    goldstein = read_pairs(f"{spec}/cameo/CAMEO.goldsteinscale.txt")
    plover = read_plover(f"{spec}/plover/CAMEO2PLOVER-2021.txt")
    print("code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tplover_source")
    for code, name in names.items():
        if code[:2] in ("01", "02"):
            mapped, source = ("", "", ""), "dropped"
        elif code in plover:
            mapped, source = plover[code], "table"
        elif len(code) == 2 and code + "0" in plover:
            mapped, source = plover[code + "0"], "root"
        elif len(code) == 4 and code[:3] in plover:
            mapped, source = plover[code[:3]], "parent"
        else:
            raise SystemExit(f"CAMEO code {code} has no PLOVER mapping and no mapped parent")
        value = float(goldstein[code])
        print(f"{code}\t{name}\t{value:.1f}\t{quad_class(code)}\t{mapped[0]}\t{mapped[1]}\t{mapped[2]}\t{source}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
