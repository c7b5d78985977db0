# itertools: count, cycle with islice, chain, product, permutations, combinations, groupby, accumulate
import itertools as it

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('AB'), 5)))
print(list(it.chain([1, 2], 'ab', range(2))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product('ab', repeat=2)))
print([''.join(p) for p in it.permutations('abc', 2)])
print(list(it.combinations(range(4), 3)), len(list(it.combinations_with_replacement('abc', 2))))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(it.pairwise('abcd')))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat('x', 3)), list(it.compress('abcd', [1, 0, 1, 0])))
