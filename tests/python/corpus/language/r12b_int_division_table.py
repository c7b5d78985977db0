vals = [7, -7, 7.0, -7.0]
divs = [2, -2, 0.5]
for a in vals:
    for b in divs:
        print(f"{a!r:>5} / {b!r:>4} = {a / b!r:>6}  // {a // b!r:>6}  % {a % b!r:>5}")
print(-7 // 2 * 2 + -7 % 2, (-7.5) // 2, (-7.5) % 2)
print(divmod(-1, 10), divmod(1, -10), divmod(-0.5, 1), divmod(1e10, 3))
print(0 ** 0, 0.0 ** 0, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, (-1) ** 0.5 if False else "skip")
print(10 ** -1, 2 ** 0.5 * 2 ** 0.5, 8 ** (1 / 3), round(8 ** (1 / 3)), 1e308 * 10)
print(7 // 0.0)
