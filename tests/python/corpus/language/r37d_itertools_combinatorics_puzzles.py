# Puzzles with itertools: coin sums with combinations_with_replacement, SEND+MORE digits, dice totals.
from itertools import combinations, combinations_with_replacement, permutations, product, chain, starmap, count, cycle, repeat, islice
from collections import Counter

coins = [1, 2, 5]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(len(ways), ways)
dice = Counter(map(sum, product(range(1, 7), repeat=2)))
print(sorted(dice.items()), dice.most_common(1))
print(list(combinations("ABCD", 2)), len(list(permutations(range(5), 3))))
def solve():
    for a, b, c in permutations(range(1, 10), 3):
        if a * 100 + b * 10 + c == (a + b + c) * 19:
            yield a * 100 + b * 10 + c
print(list(solve()))
print(list(chain.from_iterable(["ab", [1, 2], ()])), list(starmap(divmod, [(7, 2), (9, 4)])))
print(list(islice(zip(count(1), cycle("xy")), 5)), list(repeat("z", 3)), list(map(pow, range(4), repeat(2))))
print(list(islice(count(0.5, 0.25), 4)), next(islice(count(), 10, None)))
pairs = list(combinations(range(4), 2))
print(pairs, [p for p in product([0, 1], repeat=3) if sum(p) == 2])
print(list(combinations([], 0)), list(permutations("ab", 3)), list(product()))
print(sum(1 for _ in permutations(range(6))))
