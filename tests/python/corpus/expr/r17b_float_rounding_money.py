# Float rounding surprises with money and the round() half-to-even rule
prices = [0.1, 0.2, 0.3]
print(sum(prices), round(sum(prices), 2), f'{sum(prices):.2f}')
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)])
print(round(1.005, 2), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(1.1 * 3, 3.3 == 1.1 * 3, abs(1.1 * 3 - 3.3) < 1e-12)
total_cents = sum(int(p * 100 + 0.5) for p in [19.99, 5.01, 0.1])
print(total_cents, f'${total_cents / 100:.2f}')
print(0.1 + 0.7, 1 / 3, 2 / 3, 10 / 3, 1e16 + 1, 1e-7)
print(float(10 ** 20), 10 ** 20 / 3, 2 ** 0.5, 9 ** 0.5)
print(int(1e20), 123456789.123456789, 1.0e-5, 12345678901234567890.0)
