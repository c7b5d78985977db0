# Float reprs and formatting edges learners ask about: shortest repr, exponent switch, -0.0, nan
vals = [0.1, 0.5, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        -0.0, 5e-324, 1.7976931348623157e308, 100.0, 2.5e-10, 1.0 * 10 ** 22]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3}", f"{v:.2e}")
print(float("nan"), float("-inf"), -float("nan"), 0.0 == -0.0, str(-0.0), round(-0.4))
print(1.1 * 3, 0.1 * 3, 4.35 * 100, 1.15 * 100, 9.95 * 10, 2.675 * 100)
print(f"{0.125:.2f} {0.375:.2f} {2.5:.0f} {-2.5:.0f} {1.005:.2f} {1e6:,.1f} {1234.5:010.2f}")
print(f"{12.0:n} {3.0:%} {0.5:.0%} {7:.3f} {7e0:5} {-1.5:+.1e}")
print(int(1e20), float(10 ** 20), float(2 ** 53 + 1), 2 ** 53 + 1.0 == 2 ** 53)
print(float(10 ** 400))
