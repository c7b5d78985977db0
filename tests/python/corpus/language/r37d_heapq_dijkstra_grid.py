# Shortest path on a small weighted grid with Dijkstra and heapq, printing the path and the cost map.
import heapq

GRID = """\
13112
21911
11193
91111""".splitlines()
H, W = len(GRID), len(GRID[0])
cost = [[int(c) for c in row] for row in GRID]

def dijkstra(start, goal):
    dist = {start: 0}
    prev = {}
    pq = [(0, start)]
    while pq:
        d, (r, c) = heapq.heappop(pq)
        if (r, c) == goal:
            break
        if d > dist[(r, c)]:
            continue
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < H and 0 <= nc < W:
                nd = d + cost[nr][nc]
                if nd < dist.get((nr, nc), float("inf")):
                    dist[(nr, nc)] = nd
                    prev[(nr, nc)] = (r, c)
                    heapq.heappush(pq, (nd, (nr, nc)))
    path, node = [goal], goal
    while node != start:
        node = prev[node]
        path.append(node)
    return dist[goal], path[::-1], dist

total, path, dist = dijkstra((0, 0), (H - 1, W - 1))
print("cost", total)
print(" -> ".join(f"{r}{c}" for r, c in path))
for r in range(H):
    print(" ".join(f"{dist.get((r, c), '-'):>3}" if (r, c) not in path else "  *" for c in range(W)))
print(dijkstra((0, 0), (0, 0))[:2])
