# python/lib/heapq.py
#
# The heapq module, as CPython's Lib/heapq.py writes it.  Compiled into a
# module when it is imported (modules.c, prelude_module).
#
# Built into the interpreter as the C string heapq_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)
def heappop(heap):
    if not heap:
        raise IndexError('index out of range')  # CPython's C heapq says so
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt
def heapreplace(heap, item):
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem
def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item
def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)
def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem
def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)
def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]
def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]
# merge: CPython's lazy k-way merge of inputs each already sorted (by key): a heap of
# [key, input's index, value, iterator]; ties go to the earlier input, also when reversed
class _Rev:
    __slots__ = ('k',)
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return other.k < self.k
    def __eq__(self, other):
        return self.k == other.k
def merge(*iterables, key=None, reverse=False):
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            h.append([_Rev(k) if reverse else k, order, value, it])
            break
    heapify(h)
    while len(h) > 1:
        s = h[0]
        yield s[2]
        for value in s[3]:
            k = value if key is None else key(value)
            s[0] = _Rev(k) if reverse else k
            s[2] = value
            heapreplace(h, s)
            break
        else:
            heappop(h)
    if h:
        yield h[0][2]
        yield from h[0][3]
