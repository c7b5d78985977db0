# heapq for a running median and k-way merge of sorted logs with tuple keys
import heapq


def running_median(nums):
    low, high = [], []
    out = []
    for n in nums:
        heapq.heappush(low, -n)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out


print(running_median([5, 15, 1, 3, 8, 7, 9, 10]))
logs = [[(1, "a-start"), (5, "a-end")], [(2, "b-start"), (3, "b-mid")], [(4, "c")]]
print([msg for _, msg in heapq.merge(*logs)])
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
words = "the cat sat on the mat with a hat".split()
print(heapq.nlargest(3, set(words), key=lambda w: (len(w), w)))
