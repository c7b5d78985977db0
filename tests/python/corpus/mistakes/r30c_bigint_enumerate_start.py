# enumerate and itertools.count starting past 64 bits.
import itertools
big = 2 ** 64
for i, ch in enumerate("ab", start=big):
    print(i - big, ch)
c = itertools.count(big, 2 ** 70)
print(next(c) - big, next(c) - big)
print(list(itertools.islice(itertools.count(), 2, 2 ** 70, 2 ** 69)))
