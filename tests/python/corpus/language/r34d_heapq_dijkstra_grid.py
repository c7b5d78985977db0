# Dijkstra on a small weighted grid with heapq, reconstructing the path
import heapq

grid = [
    "13118",
    "21391",
    "31121",
    "99141",
]
rows, cols = len(grid), len(grid[0])

def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols:
            yield nr, nc

def shortest(start, goal):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == goal:
            break
        if d > dist[node]:
            continue
        for nb in neighbours(*node):
            nd = d + int(grid[nb[0]][nb[1]])
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]

cost, path = shortest((0, 0), (rows - 1, cols - 1))
print("cost", cost)
print(" -> ".join(f"{r},{c}" for r, c in path))
for r in range(rows):
    print("".join("*" if (r, c) in path else "." for c in range(cols)))
