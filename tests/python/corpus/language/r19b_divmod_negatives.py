# Integer division and modulo with negatives: a table, time conversions, clock arithmetic
import math
print(f"{'a':>4} {'b':>4} | {'a//b':>5} {'a%b':>4} | {'int(a/b)':>8} {'fmod':>6} | divmod")
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(f"{a:>4} {b:>4} | {a // b:>5} {a % b:>4} | {int(a / b):>8} {math.fmod(a, b):>6} | {divmod(a, b)}")
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (1e16, 3), (-0.0, 5), (5, 0.3)):
    print(a, b, a // b, a % b, divmod(a, b))
def hms(seconds):
    sign = "-" if seconds < 0 else ""
    m, s = divmod(abs(seconds), 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{sign}{d}d {h:02}:{m:02}:{s:02}"
for secs in (59, 3600, 86399, 90061, -3725, 10 ** 7):
    print(secs, "->", hms(secs))
def clock_add(hour, delta):
    return (hour + delta) % 12 or 12
print([clock_add(9, d) for d in (3, 4, -9, -10, 27, -27)])
print([(d - 3) % 7 for d in range(7)], [-i % 5 for i in range(6)], -1 % 10 ** 20)
print(round(2.5), round(-2.5), round(1.5), round(0.5), round(-0.5), round(2.675, 2), round(-1.005, 2), round(15, -1), round(25, -1), round(-35, -1))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(7 / 2), -7 // 2 == math.floor(-7 / 2), 7 // 2.0, type(7 // 2.0).__name__)
print(10 // 3 * 3 + 10 % 3, -10 // 3 * 3 + -10 % 3, 2 ** -2, (-2) ** 3, -2 ** 0.5, (-8) // 3, -8 // -3, 8 % -3)
def digits(n, base=10):
    out = []
    n = abs(n)
    while True:
        n, r = divmod(n, base)
        out.append("0123456789abcdef"[r])
        if n == 0:
            return "".join(reversed(out))
print(digits(255, 2), digits(255, 16), digits(-100, 7), int(digits(12345, 7), 7))
print(True // 2, True % 2, 5 % True, 3 // -1.0, -3 % float("inf"), 3 % float("-inf"))
print(5 // 0.0)
