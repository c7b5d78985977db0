# python/lib/heapq.py
#
# The heapq module, as CPython's Lib/heapq.py writes it.  Compiled into a
# module when it is imported (modules.c, prelude_module).
#
# Built into the interpreter as the C string heapq_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
# heappush, heappop, heapreplace, heappushpop and heapify are C functions in
# CPython (_heapq): their arguments checked as theirs, the heap a list
def _args(name, args, kw, n):
    if kw:
        raise TypeError(f'_heapq.{name}() takes no keyword arguments')
    if len(args) != n:
        if n == 1:
            raise TypeError(f'_heapq.{name}() takes exactly one argument ({len(args)} given)')
        raise TypeError(f'{name} expected {n} arguments, got {len(args)}')
    if not isinstance(args[0], list):
        raise TypeError(f'{name}() argument{" 1" if n > 1 else ""} must be list, not {type(args[0]).__name__}')
    return args
def heappush(*args, **kw):
    heap, item = _args('heappush', args, kw, 2)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)
def heappop(*args, **kw):
    heap, = _args('heappop', args, kw, 1)
    if not heap:
        raise IndexError('index out of range')  # CPython's C heapq says so
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt
def heapreplace(*args, **kw):
    heap, item = _args('heapreplace', args, kw, 2)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem
def heappushpop(*args, **kw):
    heap, item = _args('heappushpop', args, kw, 2)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item
def heapify(*args, **kw):
    x, = _args('heapify', args, kw, 1)
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
# the max-heap's, for nsmallest (_heapq's _heapify_max and _heapreplace_max)
def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem
def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)
def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)
def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem
# nsmallest and nlargest as CPython's Lib/heapq.py computes them (min or max
# for one, sorted() when n covers the input, else a heap of n decorated with
# their order), so ties, comparisons and their errors come as CPython's
def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]
def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
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
