# A recursive depth-first search on a long path graph with a raised limit.
import sys
sys.setrecursionlimit(100000)
n = 30000
graph = {i: [i + 1] for i in range(n)}
graph[n] = []
seen = set()

def dfs(node):
    seen.add(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt)

dfs(0)
print(len(seen))
