from itertools import product, permutations

grid = ["#..#", "....", ".##.", "#..."]
rows, cols = len(grid), len(grid[0])
def neighbours(r, c):
    for dr, dc in product((-1, 0, 1), repeat=2):
        if (dr, dc) != (0, 0) and 0 <= r + dr < rows and 0 <= c + dc < cols:
            yield r + dr, c + dc
counts = [[sum(grid[nr][nc] == "#" for nr, nc in neighbours(r, c)) for c in range(cols)] for r in range(rows)]
for row in counts:
    print(" ".join(map(str, row)))
# SEND + MORE = MONEY style small puzzle: AB + BA = CC
for a, b, c in permutations(range(1, 10), 3):
    if (10 * a + b) + (10 * b + a) == 11 * c and a < b:
        print(f"{a}{b} + {b}{a} = {c}{c}")
best = max(product(range(1, 6), range(1, 6)), key=lambda xy: xy[0] * xy[1] - (xy[0] - xy[1]) ** 2)
print(best)
