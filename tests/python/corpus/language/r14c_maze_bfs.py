# Solving a maze with breadth-first search and drawing the shortest path.
from collections import deque

maze = """\
S.#.......
.##.####..
....#..#.#
##.##.##..
...#...#.#
.#...#...E"""
grid = [list(r) for r in maze.splitlines()]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")

prev = {start: None}
q = deque([start])
while q:
    cur = q.popleft()
    if cur == end:
        break
    r, c = cur
    for nr, nc in ((r+1, c), (r-1, c), (r, c+1), (r, c-1)):
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            q.append((nr, nc))

path = []
node = end
while node:
    path.append(node)
    node = prev[node]
print("steps:", len(path) - 1, "explored:", len(prev))
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
