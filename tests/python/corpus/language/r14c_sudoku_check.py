# Checking a sudoku solution: rows, columns and boxes with sets, then finding the error.
board = [
    "534678912", "672195348", "198342567",
    "859761423", "426853791", "713924856",
    "961537284", "287419635", "345286179",
]
grid = [[int(ch) for ch in row] for row in board]

def groups(g):
    for i in range(9):
        yield "row", i, g[i]
        yield "col", i, [g[r][i] for r in range(9)]
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            yield "box", (br, bc), [g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]

def problems(g):
    return [(kind, where) for kind, where, cells in groups(g) if sorted(cells) != list(range(1, 10))]

print("valid:", not problems(grid))
grid[4][4], grid[4][5] = grid[4][5], grid[4][4]
print("after a swap:", problems(grid))
for row in grid[:3]:
    print(" ".join(map(str, row[:3])), "|", " ".join(map(str, row[3:6])), "|", " ".join(map(str, row[6:])))
