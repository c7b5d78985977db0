from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", repeat=2)))
print(len(list(product(range(3), repeat=3))))
print(["".join(p) for p in product("01", repeat=3)])
print(list(product([1, 2], "xy", [True])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:5])
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations(range(3), 5)), list(permutations([], 0)))
coins = [1, 5, 10]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 16]
print(ways)
print(sum(1 for _ in permutations(range(6))))
print(list(product()))
