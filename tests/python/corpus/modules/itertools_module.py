# itertools: counting, cycling, chaining, slicing, grouping and combinatorics.
import itertools as it
from itertools import count, cycle, repeat, chain, islice, accumulate, groupby, zip_longest, product, permutations, combinations

c = count(5)
print(next(c), next(c), c, count(1, 2), repeat('a', 3), list(repeat('x', 2)))
print(list(islice(cycle('ab'), 5)), list(chain([1], (2, 3), 'x')), list(chain.from_iterable([[1], [2]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print([(k, list(g)) for k, g in groupby('aabccca')])
print([(k, len(list(g))) for k, g in groupby(sorted([1, 3, 2, 4, 6]), key=lambda x: x % 2)])
print(list(zip_longest('ab', [1, 2, 3], fillvalue='-')), list(product('ab', repeat=2)))
print(list(permutations('abc', 2)), list(combinations(range(4), 2)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.pairwise('abcd')), list(islice(range(10), 2, 8, 3)), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.compress('abcd', [1, 0, 1, 0])), [list(t) for t in it.tee([1, 2], 2)])
print(len(list(product(range(3), repeat=3))), type(c).__name__)
for i, (n, letter) in enumerate(zip(count(1), 'xyz')):
    print(i, n, letter)
try:
    islice([1], -1)
except ValueError as e:
    print('ValueError:', e)
