for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2))
print(round(2.5), round(3.5), round(4.5))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f}")
print(int(2.5 + 0.5), int(2.999999), int(-2.7))
print(round(7), type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
