# Merging sorted log streams with heapq.merge (keyed and reversed), nlargest with ties and heappushpop.
import heapq

a = [(1, "boot"), (4, "login"), (9, "logout")]
b = [(2, "cron"), (4, "backup"), (7, "mail")]
c = [(3, "disk")]
for ts, msg in heapq.merge(a, b, c):
    print(f"{ts:02d} {msg}")
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
scores = {"ann": 90, "bob": 85, "cid": 90, "dee": 70, "eve": 85}
print(heapq.nlargest(3, scores, key=scores.get))
print(heapq.nsmallest(2, scores.items(), key=lambda kv: (kv[1], kv[0])))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop(h)
except IndexError as e:
    print(e)
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(10, [3, 1, 2]))
