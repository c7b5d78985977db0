# Big integers meeting floats: exact true division, math.log of huge ints, overflow errors and int(1e300)
import math
import sys
from fractions import Fraction

big = 10 ** 400
print(big / 10 ** 399, (big + 1) / big, 2 ** 1100 / 2 ** 1000, (3 ** 500) // (3 ** 498))
print(math.log(big), math.log10(big), math.log2(2 ** 5000), round(math.log(big, 7), 6))
print(int(1e300) % 10 ** 12, len(str(int(1e300))), int(2.5e20), int(-1e19))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), sys.float_info.epsilon, math.ulp(1e300) > 1e283)
print(float(Fraction(big, 3 * 10 ** 399)), Fraction(big, 3) > 10 ** 399, hash(-1), hash(-2))
print(pow(3, 10 ** 6, 10 ** 9 + 7), math.comb(1000, 500) % 10 ** 9, divmod(10 ** 30, 7))
print(round(10 ** 20 + 0.5) == 10 ** 20, (-(2 ** 70)).bit_length(), abs(-(10 ** 25)))
for f in [lambda: big * 1.0, lambda: float(big), lambda: math.sqrt(big), lambda: 1 / big * big, lambda: big / 3 * 0,
          lambda: math.exp(1000), lambda: 10.0 ** 400, lambda: math.factorial(-1)]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(big // 0.5)
