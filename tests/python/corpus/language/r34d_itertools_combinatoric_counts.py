# Counting lottery tickets and passwords with product, permutations, combinations(+replacement)
from itertools import product, permutations, combinations, combinations_with_replacement, accumulate, starmap, repeat
import math, operator

print(len(list(product("01", repeat=4))), list(product("ab", [1, 2])))
print(list(permutations("abc", 2)))
print(list(combinations(range(4), 3)), math.comb(4, 3))
print(list(combinations_with_replacement("xy", 3)))
dice = [sum(r) for r in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
print(list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(repeat("z", 3)))
print(list(map(pow, range(4), repeat(2))))
print(len(list(permutations(range(6)))), math.perm(6))
print(list(combinations([], 0)), list(combinations("ab", 3)), list(product()))
