# Counting and listing arrangements with itertools' combinatoric generators.
from itertools import product, permutations, combinations, combinations_with_replacement, cycle, islice, count, repeat
import math

print(list(product("ab", repeat=2)), len(list(product(range(3), "xy", [True]))))
print(["".join(p) for p in permutations("abc", 2)])
print(list(combinations(range(5), 3))[:4], math.comb(5, 3))
print(list(combinations_with_replacement("AB", 3)))
coins = [1, 2, 5]
ways = sum(1 for k in range(1, 5) for combo in combinations_with_replacement(coins, k) if sum(combo) == 5)
print("ways to make 5:", ways)
print(list(islice(cycle("RGB"), 7)), list(zip(count(1), "xyz")))
print(list(map(pow, range(5), repeat(2))))
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
print(list(permutations([1, 2, 3])) == sorted(permutations([3, 2, 1])))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(permutations("", 0)))
pins = ("".join(p) for p in product("0123456789", repeat=4))
print(next(islice(pins, 1234, None)))
teams = ["red", "blue", "green", "gold"]
for i, (home, away) in enumerate(combinations(teams, 2), 1):
    print(f"match {i}: {home} v {away}")
try:
    list(permutations("ab", -1))
except ValueError as e:
    print("ValueError:", e)
