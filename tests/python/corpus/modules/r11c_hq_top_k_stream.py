import heapq
import random

random.seed(7)
stream = [random.randint(1, 1000) for _ in range(50)]
top = []
for x in stream:
    if len(top) < 5:
        heapq.heappush(top, x)
    elif x > top[0]:
        heapq.heapreplace(top, x)
print(sorted(top, reverse=True), heapq.nlargest(5, stream))
def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)]}
print(dijkstra(g, "A"))
