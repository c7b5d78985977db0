# round(): half to even, ndigits, negative ndigits; and float formatting of results.
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, 10))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15), round(15, 1), round(155, -1), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(1e20, -5), round(123456789, -3), round(0.1 + 0.2, 15), round(2.5e-5, 5))
for x in (0.05, 0.15, 0.25, 0.35, 0.45):
    print(x, round(x, 1), f'{x:.1f}', '%.1f' % x)
print(round(10 ** 30 + 5, -1), round(-0.4), round(-0.6))
print(round(float('inf')) if False else 'skip inf', round(7.25, 1), round(7.35, 1))
