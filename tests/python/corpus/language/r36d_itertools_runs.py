# Run-length encoding and friends with itertools.
from itertools import groupby, accumulate, pairwise, chain, islice, starmap, takewhile, dropwhile, zip_longest, compress, count, repeat, tee
import operator

s = "aaabccddddde"
rle = [(ch, len(list(g))) for ch, g in groupby(s)]
print(rle)
print("".join(starmap(lambda c, n: c * n, rle)) == s)
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(pairwise("abcd")))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(islice(count(5, 5), 2, 6)))
print(list(takewhile(lambda x: x < 10, [1, 5, 12, 3])), list(dropwhile(lambda x: x < 10, [1, 5, 12, 3])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="?")))
print(list(compress("python", [1, 0, 1, 0, 1, 1])))
print(list(chain.from_iterable(repeat("xy", 3))))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(grp))
print(list(islice("abcdef", None, None, 2)))
