# queue.Queue for breadth-first search and queue.PriorityQueue for Dijkstra's shortest paths.
from queue import Queue, PriorityQueue, LifoQueue

graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {"E": 3}, "E": {}}
q = Queue()
q.put("A")
seen, order = {"A"}, []
while not q.empty():
    node = q.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.put(nxt)
print("BFS:", order)

dist = {"A": 0}
pq = PriorityQueue()
pq.put((0, "A"))
while not pq.empty():
    d, node = pq.get()
    if d > dist.get(node, float("inf")):
        continue
    for nxt, w in graph[node].items():
        if d + w < dist.get(nxt, float("inf")):
            dist[nxt] = d + w
            pq.put((d + w, nxt))
print("Dijkstra:", dict(sorted(dist.items())))

stack = LifoQueue()
for ch in "stack":
    stack.put(ch)
print("reversed:", "".join(stack.get() for _ in range(stack.qsize())), stack.empty())
tasks = PriorityQueue()
for prio, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    tasks.put((prio, name))
while not tasks.empty():
    print(tasks.get())
