# Flood fill on a grid of characters, recursive and with a stack, counting regions.
grid_text = """\
..##....
.#..#...
.#..#.##
..##..#.
......#."""

def load():
    return [list(row) for row in grid_text.splitlines()]

def fill(g, r, c, old, new):
    if r < 0 or r >= len(g) or c < 0 or c >= len(g[0]) or g[r][c] != old:
        return 0
    g[r][c] = new
    return 1 + sum(fill(g, r + dr, c + dc, old, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

g = load()
print("filled:", fill(g, 1, 2, ".", "o"))
print("\n".join("".join(row) for row in g))

def regions(g, ch):
    seen, count = set(), 0
    for r in range(len(g)):
        for c in range(len(g[0])):
            if g[r][c] == ch and (r, c) not in seen:
                count += 1
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    if (y, x) in seen or not (0 <= y < len(g) and 0 <= x < len(g[0])) or g[y][x] != ch:
                        continue
                    seen.add((y, x))
                    stack += [(y+1, x), (y-1, x), (y, x+1), (y, x-1)]
    return count
print("wall regions:", regions(load(), "#"), "open regions:", regions(load(), "."))
