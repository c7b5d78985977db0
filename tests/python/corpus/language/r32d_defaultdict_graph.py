# Building a graph with defaultdict(list) and walking it breadth-first with a deque
from collections import defaultdict, deque

edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = defaultdict(list)
for u, v in edges:
    graph[u].append(v)
    graph[v].append(u)


def bfs(start):
    seen = {start: 0}
    q = deque([start])
    while q:
        node = q.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.append(nxt)
    return seen


print(bfs("a"))
print(bfs("f"))
print(dict(graph))
print(graph["zzz"], "zzz" in graph, len(graph))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"], dict(nested["q"]))
print(repr(defaultdict(int, a=1)))
