# Solving small puzzles with itertools: permutations, combinations, product and a magic square
from itertools import permutations, combinations, combinations_with_replacement, product

print(len(list(permutations(range(5)))), list(permutations("abc", 2))[:4])
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:5])
print(list(combinations_with_replacement("ab", 3)))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
for digits in permutations(range(10), 3):
    a, b, c = digits
    if a and 100 * a + 10 * b + c == a ** 3 + b ** 3 + c ** 3:
        print("armstrong", a, b, c)
squares = [p for p in permutations(range(1, 10)) if sum(p[0:3]) == sum(p[3:6]) == sum(p[6:9]) == 15
           and p[0] + p[3] + p[6] == 15 and p[1] + p[4] + p[7] == 15 and p[0] + p[4] + p[8] == 15
           and p[2] + p[4] + p[6] == 15]
print(len(squares), squares[0])
print(sum(1 for _ in product(range(3), repeat=4)), list(product([0, 1], "x")))
