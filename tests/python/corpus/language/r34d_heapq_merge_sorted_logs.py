# Merging already-sorted log streams with heapq.merge, then nlargest by a key
import heapq

server_a = [(1, "a", "boot"), (5, "a", "req"), (9, "a", "req")]
server_b = [(2, "b", "boot"), (3, "b", "req"), (9, "b", "halt")]
server_c = [(4, "c", "boot")]

for t, src, msg in heapq.merge(server_a, server_b, server_c):
    print(f"t={t:02d} {src} {msg}")

desc = heapq.merge([9, 5, 1], [8, 2], reverse=True)
print(list(desc))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(list(heapq.merge(sorted(words[:2], key=len), sorted(words[2:], key=len), key=len)))
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, [5, 1, 4, 1, 5, 9]))
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 7), h)
