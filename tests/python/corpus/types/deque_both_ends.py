# collections.deque: both ends O(1) (a queue of 200,000 and a window of
# maxlen 50), its errors in CPython's words, six comparisons, a deque in
# its own repr, copies, and "deque mutated during iteration" after each
# kind of change (a BFS that appends to the deque it walks).
import copy
from collections import deque
d = deque()
for i in range(200000):
    d.append(i)
total = 0
while d:
    total += d.popleft()
w = deque(maxlen=50)
s = 0
for i in range(100000):
    w.append(i)
    s += w[0] + w[-1]
print(total, s, w[0], len(w), w)
d = deque([1, 2, 3])
for expr in ["d['a']", "d[5]", "d[-4]", "d[1.0]", "d[True]", "d.index(9)", "d.remove(9)", "deque().pop()", "deque().popleft()", "d.insert(1.5, 0)", "d[1:2]", "d.rotate('a')", "deque(maxlen=2).insert(0, 1) or deque([1,2], maxlen=2).insert(0, 3)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
a, b = deque([1, 2]), deque([1, 3])
print(a < b, a <= b, a > b, a >= b, a == deque([1, 2]), a != b, a == [1, 2])
r = deque([1]); r.append(r); r.appendleft([r])
print(r, len(r))
c = copy.copy(a); c.append(9); e = copy.deepcopy(b); e.appendleft(0)
print(a, c, b, e, a.copy(), a * 2, 2 * a + b, deque('abc', 2))
l = deque()
for i in range(5):
    l.appendleft(i); l.appendleft(-i); l.pop()
print(l, l.index(-3), l.count(0), 3 in l, list(reversed(l)))
l.rotate(2); l.insert(1, 'x'); l.remove(-3); del l[0]; l[-1] = 'z'; l.reverse()
print(l, l.maxlen, bool(deque()), deque(range(3), maxlen=0))
ops = {'append': lambda d: d.append(9), 'appendleft': lambda d: d.appendleft(9), 'pop': lambda d: d.pop(),
       'popleft': lambda d: d.popleft(), 'extend': lambda d: d.extend([7]), 'extend0': lambda d: d.extend([]),
       'clear': lambda d: d.clear(), 'rotate0': lambda d: d.rotate(0), 'reverse': lambda d: d.reverse(),
       'insert': lambda d: d.insert(1, 5), 'remove': lambda d: d.remove(2), 'del': lambda d: d.__delitem__(1),
       'set': lambda d: d.__setitem__(1, 8), 'imul': lambda d: d.__imul__(2), 'imul1': lambda d: d.__imul__(1),
       'index': lambda d: d.index(1), 'maxappend': lambda d: d.append(5)}
for name, op in ops.items():
    for walk in (iter, reversed):
        d = deque([1, 2, 3, 4], maxlen=4 if name == 'maxappend' else None)
        out = []
        try:
            for x in walk(d):
                out.append(x)
                if len(out) == 1: op(d)
            print(name, walk.__name__, out, list(d))
        except RuntimeError as e:
            print(name, walk.__name__, 'RuntimeError', e, out, list(d))
graph = {1: [2, 3], 2: [4], 3: [4], 4: []}
queue = deque([1])
for node in queue:
    queue.extend(graph[node])
