from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", repeat=2)))
print(list(product([1, 2], "xy", [True])))
print(len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)))
print(["".join(p) for p in permutations("cab")])
print(list(combinations(range(5), 3))[:4], len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("ab", 3)))
print(list(permutations([])), list(combinations("ab", 5)))
coins = [1, 2, 5]
ways = [c for n in range(1, 4) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
pairs = [(a, b) for a, b in combinations([3, 1, 4, 1, 5], 2) if a + b == 5]
print(pairs)
try:
    list(permutations("ab", -1))
except ValueError as e:
    print(e)
print(next(product()))
