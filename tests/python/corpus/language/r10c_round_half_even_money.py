prices = [0.125, 0.135, 2.5, 3.5, 1.45, 1.55, 10.005, 0.285]
for p in prices:
    print(f"{p!r:>6} round2={round(p, 2)!r:<6} fmt={p:.2f} round0={round(p)} half-up={int(p * 100 + 0.5) / 100}")
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -2.5]])
print([round(x / 10, 1) for x in range(5, 50, 10)])
cents = [int(round(p * 100)) for p in [19.99, 0.07, 4.35, 1.1]]
print(cents, sum(cents) / 100)
print(round(123.456, 1), round(123.456, -1), round(-123.456, -2), round(5, 2), round(5.0, 2))
print(round(1e300, 2), round(0.1 ** 10, 12), round(2 ** 60 + 1, -1))
print(round(True), round(7, -1), round(-15, -1), round(25, -1), round(35, -1))
try:
    round("1.5")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
