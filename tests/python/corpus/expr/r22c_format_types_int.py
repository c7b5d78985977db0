# integer presentation types
for n in [0, 5, 10, 255, 4096, -1, -256, 2**40]:
    print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:c}" if 32 <= n < 0x110000 else f"{n:d} {n:b} {n:o} {n:x} {n:X}")
print(f"{65:c}{66:c}{0x263A:c}|{10:n}|{1234567:n}")
print(f"{42:e} {42:E} {42:f} {42:.2F} {42:g} {42:G} {42:%} {3:.1%}")
print(f"{10**20:e} {10**20:g} {2**70:.3e}")
print(format(True, "d"), format(True, "b"), format(False, ".2f"), format(True), f"{True:>6}")
for spec in ["s", ".2", "c"]:
    try:
        print(spec, repr(format(97 if spec != "c" else -1, spec)))
    except (ValueError, OverflowError) as e:
        print(spec, type(e).__name__ + ":", e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError:", e)
format(3, "q")
