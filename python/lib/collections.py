# python/lib/collections.py
#
# collections.deque as a class of its own.  Compiled into a module when it is
# imported (modules.c, prelude_module).
#
# Built into the interpreter as the C string collections_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
# subclasses (Counter, defaultdict, OrderedDict, namedtuple, ChainMap) are
# refused by name, since subclassing built-in types is not supported.
class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._maxlen = maxlen
        self.extend(iterable)
    @property
    def maxlen(self):
        return self._maxlen
    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]
    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]
    def append(self, x):
        self._items.append(x)
        self._trim_right()
    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_left()
    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)
    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)
    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)
    def clear(self):
        self._items.clear()
    def copy(self):
        return deque(self._items, self._maxlen)
    def count(self, x):
        return self._items.count(x)
    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None
    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)
    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None
    def reverse(self):
        self._items.reverse()
    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items
    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None
    def __setitem__(self, i, x):
        try:
            self._items[i] = x
        except IndexError:
            raise IndexError('deque index out of range') from None
    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self._maxlen)
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __repr__(self):
        if self._maxlen is None:
            return f'deque({self._items!r})'
        return f'deque({self._items!r}, maxlen={self._maxlen})'
    __hash__ = None
def _refused(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"collections.{name} is not supported by casyncio's Python")
    refuse.__name__ = refuse.__qualname__ = name
    return refuse
Counter = _refused('Counter')
defaultdict = _refused('defaultdict')
OrderedDict = _refused('OrderedDict')
namedtuple = _refused('namedtuple')
ChainMap = _refused('ChainMap')
UserDict = _refused('UserDict')
UserList = _refused('UserList')
