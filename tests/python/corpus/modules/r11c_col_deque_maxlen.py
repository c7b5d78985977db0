from collections import deque

def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n

print([round(x, 2) for x in moving_average([3, 5, 7, 2, 8, 10, 11, 65, 72, 81, 99], 3)])

last = deque(maxlen=3)
for line in ["one", "two", "three", "four", "five"]:
    last.append(line)
print(last, last.maxlen)
last.appendleft("zero")
print(last)
last.extend(["six", "seven"])
print(last)
last.extendleft(["a", "b", "c", "d"])
print(last)
print(deque(maxlen=0), deque([1, 2, 3], 2))
try:
    deque([], -1)
except ValueError as e:
    print("ValueError:", e)
q = deque([1, 2, 3], maxlen=3)
q.insert(0, 9) if len(q) < q.maxlen else print("full")
try:
    q.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
print(repr(deque("ab", maxlen=5)))
