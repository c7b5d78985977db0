# Format-spec mini-language edge cases on ints, floats and strings.
vals = [0, 7, -7, 1234567, 255]
for v in vals:
    print(f"[{v:>10,}] [{v:_x}] [{v:#b}] [{v:=+8}] [{v:^9}] [{v:0>5}] [{v:x<5}] [{v:#08x}]")
fl = [0.0, -0.0, 1.5, 2.675, 1234567.891, 1e-7, 1e16, float("inf"), float("nan")]
for f in fl:
    print(f"[{f:>10,.2f}] [{f:e}] [{f:g}] [{f:%}] [{f:^+09.3f}] [{f:.3}] [{f:n}] [{f}]")
print(f"[{12345.6789:,}] [{12345.6789:_.2f}] [{0.000012345:.3g}] [{123456789.0:.3g}] [{1e5:g}] [{1e6:g}]")
print(f"[{100:.2%}] [{0.5:.0%}] [{-0.25:+.1%}] [{1/3:.3e}] [{-1e-300:E}] [{5e-324:g}]")
print(f"[{'abc':>6}] [{'abc':^7}] [{'abc':*<6}] [{'abcdef':.3}] [{'abc':>{6}.{2}}] [{'é':^5}]")
print(f"[{True:>5}] [{True:d}] [{None!s:>6}] [{3+4j}] [{3+4j:.2f}] [{complex(1, -1):>12}]")
print(format(42), format(42, ""), format(3.0), format(3.0, ""), format(1e100, ".2"), format(-5, "05"))
for spec in [",x", "=s", ".2d", "c", "z", "_,"]:
    try:
        print(spec, format(12, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
print(format(65, "c"), format(0x1F600, "c"), f"{-0.0:z.1f}", f"{-0.001:z.2f}")
