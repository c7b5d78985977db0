# Float formatting and rounding surprises: round half to even, 0.1+0.2, and formats.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
import math
print(math.isclose(0.1 + 0.2, 0.3))
for x in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005]:
    print(x, round(x), round(x, 2), f"{x:.2f}", f"{x:.0f}")
print(round(123456, -2), round(1234.5678, 1), round(-1.25, 1))
print(1 / 3, 2 / 3, 10 / 4, 7 // 2, -7 // 2, 7 % -3, -7.5 // 2)
print(1e16, 1e15, 123456789012345678.0, 1.0e-5, 0.0001)
print(float('inf'), -float('inf'), float('nan'))
print(f"{math.pi:.10f} {math.pi:e} {math.pi:g} {1e-7:g} {12345678.9:g}")
print(f"{2/3:10.4f}|{2/3:<10.3}|{2/3:^10.2%}|")
print(3.0, 3.10, 100.0 * 1.1, sum([0.1] * 10), math.fsum([0.1] * 10))
print(int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(2.7))
