# Breadth-first search on a word ladder using queue.Queue and collections.deque side by side
import queue
from collections import deque

words = {"cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core"}

def neighbours(w):
    for i in range(len(w)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            cand = w[:i] + ch + w[i + 1:]
            if cand != w and cand in words:
                yield cand

def ladder(start, goal, use_queue):
    q = queue.Queue() if use_queue else deque()
    put = q.put if use_queue else q.append
    get = q.get if use_queue else q.popleft
    put([start])
    seen = {start}
    while (q.qsize() if use_queue else len(q)):
        path = get()
        if path[-1] == goal:
            return path
        for nb in sorted(neighbours(path[-1])):
            if nb not in seen:
                seen.add(nb)
                put(path + [nb])
    return None

print(ladder("cold", "warm", True))
print(ladder("cold", "warm", False))
print(ladder("cold", "xxxx", True))
q = queue.LifoQueue(maxsize=1)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full:
    print("queue.Full", q.full(), q.get_nowait(), q.empty())
