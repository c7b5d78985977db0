# python/lib/itertools.py
#
# The itertools module, written in Python after the "roughly equivalent" code
# of CPython's documentation: each iterator is a class of the module
# (type(count()) is itertools.count, count(5) prints as count(5)) over a
# generator.  Compiled into the module when it is imported (modules.c).
#
# Built into the interpreter as the C string itertools_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
class _wrap:
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
def _count(start, step):
    n = start
    while True:
        yield n
        n += step
class count(_wrap):
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError('a number is required')
        self._start, self._step = start, step
        self._it = _count(start, step)
    def __next__(self):
        v = next(self._it)
        self._start = v + self._step
        return v
    def __repr__(self):
        if self._step == 1:
            return f'count({self._start!r})'
        return f'count({self._start!r}, {self._step!r})'
def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element
class cycle(_wrap):
    def __init__(self, iterable):
        self._it = _cycle(iter(iterable))
def _repeat(obj, times):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj
class repeat(_wrap):
    def __init__(self, object, times=None):
        if times is not None and not isinstance(times, int):
            raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
        self._obj, self._times = object, (None if times is None else max(times, 0))
        self._it = _repeat(object, self._times)
    def __next__(self):
        v = next(self._it)
        if self._times is not None:
            self._times -= 1
        return v
    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'
def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element
class chain(_wrap):
    __class_getitem__ = classmethod(type(list[int]))  # as CPython's classmethod(GenericAlias)
    def __init__(self, *iterables):
        self._it = _chain(iterables)
    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._it = _chain(iterables)
        return c
def _accumulate(iterable, func, initial):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total
class accumulate(_wrap):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _accumulate(iter(iterable), func, initial)
def _islice(it, start, stop, step):
    # CPython's islice_next: skip to the next index, never read past stop
    cnt, nxt = 0, start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item
class islice(_wrap):
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}' if args else 'islice expected at least 2 arguments, got 1')
        # CPython's islice_new, check for check: -1 stands for no stop, and
        # for an index that is not one (PyNumber_AsSsize_t's errors dropped)
        start, stop, step = 0, -1, 1
        a = args[0] if len(args) == 1 else args[1]
        if len(args) > 1 and args[0] is not None:
            start = _ssize(args[0])
        if a is not None:
            stop = _ssize(a)
            if stop == -1:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if len(args) == 3 and args[2] is not None:
            step = _ssize(args[2])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = _islice(iter(iterable), start, None if stop == -1 else stop, step)
def _ssize(v):
    try:
        v = type(v).__index__(v)
    except Exception:
        return -1
    return v if -9223372036854775808 <= v <= 9223372036854775807 else -1
def _groupby(iterable, key):
    # lazy as CPython's: a group reads the items as it is iterated, and the
    # next group makes the one before it empty (its items are skipped)
    it = iter(iterable)
    state = [False, None, None]  # exhausted, current value, current key
    def grouper(target):
        yield state[1]
        for value in it:
            state[1] = value
            state[2] = key(value)
            if state[2] != target:
                return
            yield value
        state[0] = True
    try:
        state[1] = next(it)
    except StopIteration:
        return
    state[2] = key(state[1])
    while not state[0]:
        target = state[2]
        group = _grouper(grouper(target))
        yield target, group
        if state[2] == target:
            for _ in group:
                pass
class _grouper(_wrap):
    def __init__(self, it):
        self._it = it
class groupby(_wrap):
    def __init__(self, iterable, key=None):
        self._it = _groupby(iter(iterable), (lambda x: x) if key is None else key)  # iter() at once, as CPython's
def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)
class zip_longest(_wrap):
    def __init__(self, *iterables, fillvalue=None):
        self._it = _zip_longest([iter(it) for it in iterables], fillvalue)
def _product(pools, repeat):
    pools = pools * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)
def _ssize_arg(n):
    # CPython's Py_ssize_t argument: an int by __index__, within 64 bits
    import operator
    n = operator.index(n)
    if not -(1 << 63) <= n < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n
class product(_wrap):
    def __init__(self, *iterables, repeat=1):
        repeat = _ssize_arg(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._it = _product([tuple(pool) for pool in iterables], repeat)  # read at once, as CPython's
def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return
class permutations(_wrap):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif not -(1 << 63) <= r < (1 << 63):
            raise OverflowError('Python int too large to convert to C ssize_t')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = _permutations(pool, r)
def _combinations(pool, r, replace):
    n = len(pool)
    if replace:
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)
class combinations(_wrap):
    def __init__(self, iterable, r):
        r = _ssize_arg(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = _combinations(tuple(iterable), r, False)
class combinations_with_replacement(_wrap):
    def __init__(self, iterable, r):
        r = _ssize_arg(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = _combinations(tuple(iterable), r, True)
class starmap(_wrap):
    def __init__(self, function, iterable):
        self._it = (function(*(args if type(args) is tuple else tuple(args))) for args in iterable)
def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break
class takewhile(_wrap):
    def __init__(self, predicate, iterable):
        self._it = _takewhile(predicate, iter(iterable))
def _dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x
class dropwhile(_wrap):
    def __init__(self, predicate, iterable):
        self._it = _dropwhile(predicate, iter(iterable))
class filterfalse(_wrap):
    def __init__(self, function, iterable):
        f = bool if function is None else function
        self._it = (x for x in iter(iterable) if not f(x))
class compress(_wrap):
    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(data, selectors) if s)
def _pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
class pairwise(_wrap):
    def __init__(self, iterable):
        self._it = _pairwise(iter(iterable))  # iter() at once, as CPython's
def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return tuple(_tee(gen(b)) for b in buffers)
class _tee(_wrap):
    def __init__(self, it):
        self._it = it
# 'itertools.count' in messages, as CPython's C types are named (modules.c's _dotted)
for _c in (count, cycle, repeat, chain, accumulate, islice, _grouper, groupby, zip_longest, product, permutations,
           combinations, combinations_with_replacement, starmap, takewhile, dropwhile, filterfalse, compress, pairwise, _tee):
    _dotted(_c)
del _c
