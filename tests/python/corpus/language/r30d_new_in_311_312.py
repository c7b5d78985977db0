# Reaching for newer helpers: what exists in 3.11 (math.cbrt, operator.call) and what does not yet
import itertools
import math
import operator

print(math.cbrt(27), math.exp2(10), operator.call(max, 3, 9))
print(hasattr(itertools, "pairwise"), hasattr(itertools, "batched"), hasattr(math, "sumprod"))
try:
    print(list(itertools.batched("abcdefg", 3)))
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(math.sumprod([1, 2], [3, 4]))
except AttributeError as e:
    print("AttributeError:", e)
print([tuple(chunk) for chunk in zip(*[iter("abcdefg")] * 3)])
print(list(itertools.zip_longest(*[iter("abcdefg")] * 3, fillvalue="")))
print("abc".removeprefix("a"), (5).bit_count(), "x".isascii())
print(itertools.batched)
