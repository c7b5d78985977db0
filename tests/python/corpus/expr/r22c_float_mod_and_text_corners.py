# float // and % surprises, big-int true division, tabs/lines/case corners
print(1 // 0.1, 1 % 0.1, 0.3 // 0.1, 0.3 % 0.1, divmod(1, 0.1), divmod(-0.0, 1), divmod(0.0, -1))
print(5.5 // -0.0 if False else 0, -1e-20 % 1, 1e-20 % -1, 7 % -0.5, -7.5 % 2, 6 // 0.3, 6 % 0.3)
print((10**400) / (10**399), 2**2000 / 3**1000, (2**1100 + 1) / 2**1000, -(10**310) / 10**300, 1 / 10**400, 10**-400 if False else 0)
print(10**400 // 1e300 if False else 0, 2**64 * 1.0, int(2**64 * 1.0), 3 * 10**-1, 2**0.5 * 2**0.5)
import math
print(math.isqrt(10**100), math.isqrt(2**127), math.factorial(25) // math.factorial(23))
print(len(str(math.factorial(1000))), sum(map(int, str(2**1000))))
print("a\tb\nc\td".expandtabs(4), "x\x1cy\x1dz\x1ew\x85v\u2028u\u2029t".splitlines(), "x\x1cy".split())
print("ΟΔΟΣ ΣΟΦΟΣ".lower(), "ΑΣ.".lower(), "Σ".lower(), "aΣb".lower(), "ß".swapcase(), "ﬁ".swapcase(), "ǅ".swapcase(), "ǅ".title())
print("abc".index("c", 5) if False else "abc".find("c", 5), "abc".rfind("b", 0, 1), "abcabc".rindex("b", 0, 4))
print("ŉ".upper(), "ΐ".upper(), "İ".lower().upper(), len("ﬀ".upper()), "ﬀ".title(), "ǰ".upper())
print(len(str(math.factorial(2000))))
