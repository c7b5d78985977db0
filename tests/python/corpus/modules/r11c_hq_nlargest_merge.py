import heapq

scores = [("ann", 88), ("bob", 95), ("cat", 72), ("dan", 95), ("eve", 60)]
print(heapq.nlargest(2, scores, key=lambda s: s[1]))
print(heapq.nsmallest(2, scores, key=lambda s: s[1]))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [7, 2, 9, 4]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 1), heapq.heapreplace(data, 10), data)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
