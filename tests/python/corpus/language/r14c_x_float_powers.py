# Powers of floats as a learner prints them: compound growth, roots with ** 0.5 and ** (1/3), and a table of x ** y.
principal = 1000
for rate in (0.03, 0.05, 0.07):
    values = [principal * (1 + rate) ** years for years in (1, 5, 10, 17, 30)]
    print(rate, [round(v, 2) for v in values], values[-1])
print([n ** 0.5 for n in range(2, 12)])
print([n ** (1 / 3) for n in (8, 27, 64, 100, 1000)])
print([2 ** (k / 12) for k in range(0, 13, 3)])
for x in (1.5, 2.5, 7.25, 0.3):
    print(x, [x ** y for y in (0.5, 1.7, 2.5, -1.5, 10)])
print(1.0001 ** 10000, 0.999 ** 1000, (1 + 1 / 10 ** 6) ** 10 ** 6, 10 ** -2.5, (-8) ** 3.0)
half_life = [100 * 0.5 ** (t / 5730) for t in (1000, 5730, 10000, 20000)]
print(half_life)
import math
print(math.pow(3, 0.2), math.pow(1.1, 50), pow(2.0, 0.5), 9 ** 0.5 == 3.0, math.sqrt(2) == 2 ** 0.5)
