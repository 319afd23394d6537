"""Turns bench/work/results.txt ("name clips seconds" lines) into clips/s and the ratios the targets speak of."""
import sys


def main(path):
    times = {}
    for line in open(path):
        parts = line.split()
        if len(parts) == 3 and not line.startswith("load"):
            times[parts[0]] = (int(parts[1]), float(parts[2]))
        else:
            print(line.rstrip())
    rate = {k: n / s for k, (n, s) in times.items()}
    n = next(iter(times.values()))[0]
    print(f"\n{'measure':32s} {'seconds':>8s} {'clips/s':>8s}")
    for k, (clips, s) in times.items():
        print(f"{k:32s} {s:8.2f} {clips / s:8.2f}")
    vigil = max((k for k in rate if k.startswith("vigil_extract_")), key=rate.get)
    decode = times["vigil_decode"][1]
    forward1 = times["vigil_forward_t1"][1]
    forward2 = times["vigil_forward_t2"][1]
    # Two cores. Decoding costs decode_1 core-seconds (one thread per clip); the forward passes cost at least
    # forward_min = min(forward_1, 2 * forward_2) core-seconds (whichever thread count uses the cores better).
    # Work that splits per clip and per batch can at best fill both cores all the time, and the forward passes
    # cannot finish before forward_2 (both cores on them alone). Least wall time:
    #     T* = max((decode_1 + forward_min) / 2, forward_2)
    forward_min = min(forward1, 2 * forward2)
    bound = n / max((decode + forward_min) / 2, forward2)
    print(f"\nbest Vigil setting: {vigil} ({rate[vigil]:.2f} clips/s)")
    print(f"Vigil / reference pipeline: {rate[vigil] / rate['reference_pipeline']:.2f}x (target >= 3x)")
    print(f"bound on 2 cores = N / max((decode_1 + min(forward_1, 2 forward_2)) / 2, forward_2) = {bound:.2f} clips/s; "
          f"Vigil reaches {rate[vigil] / bound:.0%} (target >= 75%)")
    print(f"serial bound N / (decode_1 + forward_2) = {n / (decode + forward2):.2f} clips/s")
    print(f"built-in descriptor end to end / R(2+1)D end to end: "
          f"{rate['vigil_builtin_extract'] / rate[vigil]:.1f}x")
    print(f"built-in descriptor computation / R(2+1)D forward (both without decoding): "
          f"{rate['vigil_descriptor'] / rate['vigil_forward_t2']:.1f}x (target >= 20x)")
    print(f"cache read / extraction: {rate['vigil_cache_read'] / rate['vigil_cache_fill']:.0f}x (target >= 50x)")


if __name__ == "__main__":
    main(sys.argv[1])
