pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5)]
for a, b in pairs:
    print(f"{a!r:>5} {b!r:>4} | // {a // b!r:>5} | % {a % b!r:>5} | divmod {divmod(a, b)}")
print(-1 % 360, -361 % 360, 725 % 360)
print(-0.0 % 5, 5 % -0.0 if False else "skip", 0.1 % 0.03)
print(divmod(10 ** 20, 7), divmod(-10 ** 20, 7))
print(-(7 // 2), -7 // 2, int(-7 / 2))
import math
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
h, rem = divmod(3725, 3600)
m, s = divmod(rem, 60)
print(f"{h}:{m:02d}:{s:02d}")
print(1e300 % 7, 2 ** 100 % 10 ** 9)
print(5 // 0)
