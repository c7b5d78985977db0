# Temperature converter with float formatting, rounding and validation
def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

def k_to_c(k):
    if k < 0:
        raise ValueError(f"Kelvin can't be negative: {k}")
    return k - 273.15

for c in (-40, 0, 36.6, 100, 37.5, -273.15):
    f = c_to_f(c)
    print(f"{c:>8}°C = {f:8.2f}°F  round={round(f, 1)!r:>7}  {f:.0f} {f:e} {f:g} {f:%}")
for f in (98.6, 212, 0, -459.67):
    print("%6.1f°F -> %7.3f°C  [%-8.2e] %+d" % (f, f_to_c(f), f_to_c(f), f_to_c(f)))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-0.5), round(5e-324, 1))
print(k_to_c(300), k_to_c(0.0), 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15 + 0.3, 123456789.123456789)
print(f"{0.1:.20f} {1e-7} {1.5e300 * 1e10} {-0.0} {float('nan')} {1e22} {1e21:f}")
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), format(42, "08.3f"), format(-3.14159, "+.3"))
print(f"{3.0:g} {3.10:g} {1e-5:g} {123456789.0:g} {0.0001:g} {1e100:.3g} {2.5:.0f} {3.5:.0f}")
print(str(1.0), repr(1e-4), 1e-5, 100.0, 1e16 / 10, float("1_000.5"), float(" -12 "), 7.0 // 2, 7.5 % 2)
print(int(3.99), int(-3.99), int("  42 "), int("0x1f", 16), int("ff", 16), int("0b101", 0), int("1_000"))
print(f"{12.3456:10.3f}|{12.3456:<10.1f}|{12.3456:^10.2f}|{-12.3456:=10.2f}|{12.3:010.2f}")
readings = "23.5, 19.0, n/a, 30.25"
for r in readings.split(","):
    try:
        print(f"{float(r):.1f}C = {c_to_f(float(r)):.1f}F")
    except ValueError as e:
        print("skip:", e)
k_to_c(-5)
