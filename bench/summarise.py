"""Summarises bench/work/results.txt as written by bench/extraction.sh.

Each line: name round clips whole-process-seconds own-clock-seconds load-before ("-" where a figure does not apply).
Prints, per measure, the median with its range over the rounds; then each comparison as the ratio of two measures
taken in the same round (so a change of load between rounds hits both sides), median and range over the rounds.
"""
import statistics
import sys

EXCLUDES = """
What each figure leaves out:
  whole process   nothing: from starting the command (JVM or Python start, imports, model load, warm-up for the
                  reference) to its exit, outputs written
  own clock       Vigil: JVM start, model load and writing the outputs (first clip to last embedding);
                  reference pipeline: Python start, imports, model construction and one warm-up pass
  in-process      forward/descriptor: decoding as well (clips decoded before the clock starts); prepare: the
                  network; both also everything the own clock leaves out
"""

COMPARISONS = [
    # (title, slower measure, faster measure, column)
    ("Vigil (reference resize) against the reference pipeline", "reference_pipeline", "vigil_reference", "whole"),
    ("", "reference_pipeline", "vigil_reference", "own"),
    ("antialias resize against reference resize (Vigil)", "vigil_reference", "vigil_antialias", "whole"),
    ("", "vigil_reference", "vigil_antialias", "own"),
    ("", "inprocess_prepare_reference", "inprocess_prepare_antialias", "inproc"),
    ("cached re-run against the run that filled the cache", "vigil_reference", "vigil_cache_read", "whole"),
    ("", "vigil_reference", "vigil_cache_read", "own"),
    ("built-in descriptor against R(2+1)D-18, extract", "vigil_reference", "vigil_builtin", "whole"),
    ("", "vigil_reference", "vigil_builtin", "own"),
    ("built-in descriptor computation against R(2+1)D-18 forward passes", "inprocess_r2plus1d_forward",
     "inprocess_builtin_descriptor", "inproc"),
]
COLUMN = {"whole": 3, "own": 4, "inproc": 4}
LABEL = {"whole": "whole process", "own": "own clock", "inproc": "in-process, one JVM"}


def spread(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main(path):
    rows = []
    for line in open(path):
        if line.startswith("#"):
            print(line.rstrip())
            continue
        parts = line.split()
        if len(parts) == 6:
            rows.append(parts)
    names = list(dict.fromkeys(r[0] for r in rows))
    print(f"\n{'measure':30s} {'rounds':>6s} {'whole process s':>22s} {'own clock s':>22s} {'clips/s (own)':>14s}"
          f" {'load before':>18s}")
    for name in names:
        mine = [r for r in rows if r[0] == name]
        clips = int(mine[0][2])
        whole = [float(r[3]) for r in mine if r[3] != "-"]
        own = [float(r[4]) for r in mine]
        load = [float(r[5]) for r in mine]
        print(f"{name:30s} {len(mine):6d} {spread(whole) if whole else '-':>22s} {spread(own):>22s}"
              f" {clips / statistics.median(own):14.2f} {spread(load):>18s}")
    print("\nspeed-up of the first named over the second, per round (time of the second / time of the first),"
          " median (range):")
    for title, slow, fast, column in COMPARISONS:
        ratios = []
        for a in rows:
            if a[0] != slow:
                continue
            for b in rows:
                if b[0] == fast and b[1] == a[1] and a[COLUMN[column]] != "-" and b[COLUMN[column]] != "-":
                    ratios.append(float(a[COLUMN[column]]) / float(b[COLUMN[column]]))
        if title:
            print(f"  {title}")
        if ratios:
            print(f"    {LABEL[column]:24s} {spread(ratios)}x over {len(ratios)} rounds")
    print(EXCLUDES)


if __name__ == "__main__":
    main(sys.argv[1])
