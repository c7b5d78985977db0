from itertools import accumulate, chain, starmap, zip_longest, pairwise
import operator

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain([1, 2], "ab", (3,))))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(starmap(lambda a, b: f"{a}-{b}", zip("abc", range(3)))))
print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue="-")))
print(list(pairwise([1, 4, 9, 16])), list(pairwise("a")))
print([b - a for a, b in pairwise([3, 8, 10, 17])])
balance = list(accumulate([100, -30, -80, 50], lambda acc, x: max(acc + x, 0)))
print(balance)
print(list(zip([1, 2, 3], "ab")))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
