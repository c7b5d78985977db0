from collections import defaultdict, deque

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
nofactory = defaultdict()
try:
    nofactory["k"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(lambda: 0).default_factory.__name__))

d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
print(d, d.maxlen)
d.appendleft(0)
print(d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d, d[0], d[-1])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d.count("a"), list(reversed(d)))
q = deque()
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque("abc"), deque(range(3)) + deque([9]))
q.remove("absent")
