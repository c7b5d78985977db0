# A tour of itertools: product, permutations, combinations, groupby, accumulate, chain, islice
import itertools as it
import operator

print(list(it.product("ab", [1, 2])))
print(["".join(p) for p in it.permutations("abc", 2)])
print(list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("xy", 2)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len)
for k, g in it.groupby(data, key=len):
    print(k, list(g))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.pairwise("abcd")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("z", 3)))
print(list(it.filterfalse(lambda n: n % 3, range(10))))
