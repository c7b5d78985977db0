# itertools: permutations, combinations, product, groupby, chain.
import itertools
import math

print(list(itertools.permutations("abc", 2)))
print(len(list(itertools.permutations(range(5)))), math.factorial(5))
print(list(itertools.combinations([1, 2, 3, 4], 3)))
print(list(itertools.product("ab", repeat=2)))
for key, group in itertools.groupby(sorted("mississippi")):
    print(key, len(list(group)), end="; ")
print()
print(list(itertools.chain([1], (2, 3), "45")), list(itertools.repeat("x", 3)))
print(list(itertools.takewhile(lambda x: x < 10, [1, 5, 12, 3])), list(itertools.dropwhile(lambda x: x < 10, [1, 5, 12, 3])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.pairwise([1, 2, 4])))
