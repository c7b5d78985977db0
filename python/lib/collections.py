# python/lib/collections.py
#
# collections: deque as a class of its own; Counter, defaultdict and
# OrderedDict as classes derived from dict and namedtuple's classes from
# tuple, after CPython's collections/__init__.py (OrderedDict keeps its
# order in the dict's own, which move_to_end rebuilds); ChainMap, UserDict
# UserList and UserString on collections.abc's mixins (made when first needed:
# _abc_classes).  Compiled into a module when
# it is imported (modules.c, prelude_module).
#
# Built into the interpreter as the C string collections_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
class deque:
    __class_getitem__ = classmethod(type(list[int]))  # as CPython's classmethod(GenericAlias)
    # The items are _items[_head:]: popleft() leaves a hole (None) at the
    # front and moves _head on, appendleft() fills the holes or first opens
    # as many as the deque holds, so both ends cost O(1) (amortised), as
    # CPython's blocks do; _all() closes the holes for what works on the
    # whole.  _state counts the changes CPython's deque counts, which its
    # iterators check ("deque mutated during iteration").
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._state = 0
        self._maxlen = maxlen
        self.extend(iterable)
    @property
    def maxlen(self):
        return self._maxlen
    def _all(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items
    def _pos(self, i):
        if not hasattr(type(i), '__index__'):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        from operator import index
        i = index(i)
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i
    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._drop_left()
    def appendleft(self, x):
        self._state += 1
        if not self._head:
            pad = len(self._items) + 8
            self._items[:0] = [None] * pad
            self._head = pad
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            del self._items[self._head + self._maxlen:]
    def _drop_left(self):
        items = self._items
        x = items[self._head]
        items[self._head] = None
        self._head += 1
        if self._head == len(items):
            items.clear()
            self._head = 0
        elif self._head > 2 * (len(items) - self._head) + 16:
            del items[:self._head]
            self._head = 0
        return x
    def extend(self, iterable):
        # item by item, as CPython's: what came before a failure is kept
        # (a copy first when it extends itself)
        for x in list(iterable) if iterable is self else iterable:
            self.append(x)
    def extendleft(self, iterable):
        for x in list(iterable) if iterable is self else iterable:
            self.appendleft(x)
    def pop(self):
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x
    def popleft(self):
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._drop_left()
    def clear(self):
        self._state += 1
        self._items.clear()
        self._head = 0
    def copy(self):
        return deque(self._items[self._head:], self._maxlen)
    __copy__ = copy
    def count(self, x):
        return self._items[self._head:].count(x)
    def index(self, x, *args):
        try:
            return self._all().index(x, *args)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None
    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._all().insert(i, x)
    def remove(self, value):
        try:
            self._all().remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None
        self._state += 1
    def reverse(self):
        self._all().reverse()
    def rotate(self, n=1):
        from operator import index
        n = index(n)  # CPython's error for rotate('a'), not str's % formatting
        self._state += 1
        items = self._all()
        if items:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]
    def __len__(self):
        return len(self._items) - self._head
    def __bool__(self):
        return len(self._items) > self._head
    def _iter(self, reverse):
        state, n = self._state, len(self._items) - self._head
        for j in range(n):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[self._head + (n - 1 - j if reverse else j)]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')
    def __iter__(self):
        return self._iter(False)
    def __reversed__(self):
        return self._iter(True)
    def __contains__(self, x):
        return x in self._items[self._head:]
    def __getitem__(self, i):
        return self._items[self._pos(i)]
    def __setitem__(self, i, x):
        self._items[self._pos(i)] = x
    def __delitem__(self, i):
        i = self._pos(i)
        self._state += 1
        del self._items[i]
    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items[self._head:], other._items[other._head:])
    def __eq__(self, other):
        return self._cmp(other, list.__eq__)
    def __lt__(self, other):
        return self._cmp(other, list.__lt__)
    def __le__(self, other):
        return self._cmp(other, list.__le__)
    def __gt__(self, other):
        return self._cmp(other, list.__gt__)
    def __ge__(self, other):
        return self._cmp(other, list.__ge__)
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items[self._head:] + other._items[other._head:], self._maxlen)
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return deque(self._items[self._head:] * n, self._maxlen)
    __rmul__ = __mul__
    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        if n != 1:
            self._state += 1
        items = self._all()
        items *= n
        if self._maxlen is not None and len(items) > self._maxlen:
            del items[:len(items) - self._maxlen]
        return self
    def __repr__(self):
        if id(self) in _deque_repr_running:
            return '[...]'
        _deque_repr_running.add(id(self))
        try:
            text = ', '.join([repr(x) for x in self._items[self._head:]])
        finally:
            _deque_repr_running.discard(id(self))
        if self._maxlen is None:
            return f'deque([{text}])'
        return f'deque([{text}], maxlen={self._maxlen})'
    __hash__ = None
_deque_repr_running = set()
class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)
    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value
    def copy(self):
        return type(self)(self.default_factory, self)
    __copy__ = copy
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new
    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new
    def __ior__(self, other):
        self.update(other)
        return self
    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'
class odict_iterator:
    # what reversed() of an OrderedDict or of its views gives: CPython's odict_iterator
    __slots__ = ('_it',)
    __module__ = 'builtins'
    def __init__(self, it):
        self._it = it
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
class _OView:
    # OrderedDict's views: the dict's own, with CPython's odict_* names
    def __init__(self, v):
        self._v = v
    def __len__(self):
        return len(self._v)
    def __iter__(self):
        return iter(self._v)
    def __reversed__(self):
        return odict_iterator(reversed(self._v))
    def __contains__(self, x):
        return x in self._v
    def __eq__(self, o):
        return self._v == (o._v if isinstance(o, _OView) else o)
    def __and__(self, o):
        return self._v & o
    __rand__ = __and__
    def __or__(self, o):
        return self._v | o
    __ror__ = __or__
    def __sub__(self, o):
        return self._v - o
    def __xor__(self, o):
        return self._v ^ o
    def __repr__(self):
        return f'{type(self).__name__}({list(self._v)!r})'
class odict_keys(_OView):
    pass
class odict_values(_OView):
    pass
class odict_items(_OView):
    pass
class OrderedDict(dict):
    def __reversed__(self):
        return odict_iterator(dict.__reversed__(self))
    def keys(self):
        return odict_keys(dict.keys(self))
    def values(self):
        return odict_values(dict.values(self))
    def items(self):
        return odict_items(dict.items(self))
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        return key, dict.pop(self, key)
    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)
    def copy(self):
        return type(self)(self)
    __copy__ = copy
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new
    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new
    def __ior__(self, other):
        self.update(other)
        return self
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        # one that holds itself shows '...' there, as CPython's Py_ReprEnter
        key = id(self)
        if key in _odict_repr_running:
            return '...'
        _odict_repr_running.add(key)
        try:
            return f'{type(self).__name__}({list(dict.items(self))!r})'
        finally:
            _odict_repr_running.discard(key)
_odict_repr_running = set()
for _c in (deque, defaultdict, OrderedDict):
    _dotted(_c)  # 'collections.deque' in messages, as CPython's C types are named
del _c
class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(self.values())
    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        import heapq  # as CPython's (its checks of n are heapq.nlargest's)
        return heapq.nlargest(n, self.items(), key=lambda kv: kv[1])
    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem
    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)
    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)
    def copy(self):
        return type(self)(self)
    __copy__ = copy
    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{type(self).__name__}({d!r})'
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)
    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)
    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other
    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)
    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other
    def _combine(self, other, op, keep_other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = op(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = keep_other(count)
                if newcount > 0:
                    result[elem] = newcount
        return result
    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, lambda b: b)
    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, lambda b: -b)
    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a, lambda b: b)
    def __and__(self, other):
        return self._combine(other, lambda a, b: b if a > b else a, lambda b: 0)
    def __pos__(self):
        return self._combine(Counter(), lambda a, b: a, lambda b: 0)
    def __neg__(self):
        return Counter() - self
    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self
    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()
    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()
    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()
    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()
class _NamedTuple(tuple):
    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        n = len(fields)
        if len(args) > n:
            nd = len(cls._field_defaults)
            takes = f'from {n - nd + 1} to {n + 1}' if nd else n + 1
            raise TypeError(f'{cls.__name__}.__new__() takes {takes} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError(f'{cls.__name__}.__new__() got an unexpected keyword argument {name!r}')
            if fields.index(name) < len(args):
                raise TypeError(f'{cls.__name__}.__new__() got multiple values for argument {name!r}')
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in cls._field_defaults:
                values.append(cls._field_defaults[name])
            else:
                missing.append(repr(name))
        if missing:
            s = 's' if len(missing) > 1 else ''
            names = missing[0] if len(missing) == 1 else (
                ', '.join(missing[:-1]) + (',' if len(missing) > 2 else '') + ' and ' + missing[-1])
            raise TypeError(f'{cls.__name__}.__new__() missing {len(missing)} required positional argument{s}: {names}')
        return tuple.__new__(cls, values)
    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(result)}')
        return result
    def _replace(self, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(self._fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __setattr__(self, name, value):
        # the instances of namedtuple's own classes have no __dict__ (CPython's __slots__ = ())
        if name in self._fields:
            raise AttributeError("can't set attribute")
        if type(self)._exact is type(self):
            raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        if name in self._fields:
            raise AttributeError("can't delete attribute")
        object.__delattr__(self, name)
    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(
            f'{name}={value!r}' for name, value in zip(self._fields, self)) + ')'
    def __getnewargs__(self):
        return tuple(self)
_keywords = frozenset(('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'))
class _tuplegetter:
    # a namedtuple's field: CPython's _collections._tuplegetter (a C type, its
    # repr, errors and read-only-ness)
    __slots__ = ('_index', '_doc')
    __module__ = '_collections'
    def __init__(self, index, doc):
        self._index = index
        self._doc = doc
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not isinstance(obj, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses doesn't apply to '{type(obj).__name__}' object")
        return tuple.__getitem__(obj, self._index)
    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")
    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")
    def __repr__(self):
        return f'_tuplegetter({self._index}, {self._doc!r})'
    @property
    def __doc__(self):
        return self._doc
_dotted(_tuplegetter)
def _field_getter(i):
    return _tuplegetter(i, f'Alias for field number {i}')
def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _keywords or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _keywords:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    fields = tuple(field_names)
    ns = {'__module__': '__main__' if module is None else module, '__qualname__': typename,
          '_fields': fields, '_field_defaults': field_defaults, '__match_args__': fields,
          '__doc__': f'{typename}({", ".join(fields)})'}
    for index, name in enumerate(fields):
        ns[name] = _field_getter(index)
    for name, value in _NamedTuple.__dict__.items():  # its methods: the class derives from tuple alone, as CPython's
        if name not in ('__module__', '__qualname__', '__doc__', '__dict__'):
            ns.setdefault(name, value)
    cls = type(typename, (tuple,), ns)
    cls._exact = cls
    return cls
def _refused(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"collections.{name} is not supported by casyncio's Python")
    refuse.__name__ = refuse.__qualname__ = name
    return refuse
def _abc_classes(abc):
    # ChainMap, UserDict and UserList, on collections.abc's mixins as
    # CPython's: made with the module's lazy part (run.c, collections_abc),
    # when a name is first missing, so that importing collections for a
    # Counter does not compile collections.abc.
    class ChainMap(abc.MutableMapping):
        __qualname__ = 'ChainMap'
        def __init__(self, *maps):
            self.maps = list(maps) or [{}]
        def __missing__(self, key):
            raise KeyError(key)
        def __getitem__(self, key):
            for m in self.maps:
                try:
                    return m[key]
                except KeyError:
                    pass
            return self.__missing__(key)
        def get(self, key, default=None):
            return self[key] if key in self else default
        def __len__(self):
            return len(set().union(*self.maps))
        def __iter__(self):
            seen = {}
            for m in reversed(self.maps):
                seen.update(dict.fromkeys(m))
            return iter(seen)
        def __contains__(self, key):
            return any(key in m for m in self.maps)
        def __bool__(self):
            return any(self.maps)
        def __repr__(self):
            return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'
        @classmethod
        def fromkeys(cls, iterable, *args):
            return cls(dict.fromkeys(iterable, *args))
        def copy(self):
            return type(self)(self.maps[0].copy(), *self.maps[1:])
        __copy__ = copy
        def new_child(self, m=None, **kwargs):
            if m is None:
                m = kwargs
            elif kwargs:
                m.update(kwargs)
            return type(self)(m, *self.maps)
        @property
        def parents(self):
            return type(self)(*self.maps[1:])
        def __setitem__(self, key, value):
            self.maps[0][key] = value
        def __delitem__(self, key):
            try:
                del self.maps[0][key]
            except KeyError:
                raise KeyError(f'Key not found in the first mapping: {key!r}')
        def popitem(self):
            try:
                return self.maps[0].popitem()
            except KeyError:
                raise KeyError('No keys found in the first mapping.')
        def pop(self, key, *args):
            try:
                return self.maps[0].pop(key, *args)
            except KeyError:
                raise KeyError(f'Key not found in the first mapping: {key!r}')
        def clear(self):
            self.maps[0].clear()
        def __ior__(self, other):
            self.maps[0].update(other)
            return self
        def __or__(self, other):
            if not isinstance(other, abc.Mapping):
                return NotImplemented
            m = self.copy()
            m.maps[0].update(other)
            return m
        def __ror__(self, other):
            if not isinstance(other, abc.Mapping):
                return NotImplemented
            m = dict(other)
            for child in reversed(self.maps):
                m.update(child)
            return type(self)(m)
    class UserDict(abc.MutableMapping):
        __qualname__ = 'UserDict'
        def __init__(self, dict=None, /, **kwargs):
            self.data = {}
            if dict is not None:
                self.update(dict)
            if kwargs:
                self.update(kwargs)
        def __len__(self):
            return len(self.data)
        def __getitem__(self, key):
            if key in self.data:
                return self.data[key]
            if hasattr(type(self), '__missing__'):
                return type(self).__missing__(self, key)
            raise KeyError(key)
        def __setitem__(self, key, item):
            self.data[key] = item
        def __delitem__(self, key):
            del self.data[key]
        def __iter__(self):
            return iter(self.data)
        def __contains__(self, key):
            return key in self.data
        def get(self, key, default=None):
            # (3.11's: Mapping.get, through __getitem__ and so __missing__)
            try:
                return self[key]
            except KeyError:
                return default
        def __repr__(self):
            return repr(self.data)
        def __or__(self, other):
            if isinstance(other, UserDict):
                return type(self)(self.data | other.data)
            if isinstance(other, dict):
                return type(self)(self.data | other)
            return NotImplemented
        def __ror__(self, other):
            if isinstance(other, UserDict):
                return type(self)(other.data | self.data)
            if isinstance(other, dict):
                return type(self)(other | self.data)
            return NotImplemented
        def __ior__(self, other):
            self.data |= other.data if isinstance(other, UserDict) else other
            return self
        def __copy__(self):
            inst = type(self).__new__(type(self))
            inst.__dict__.update(self.__dict__)
            inst.__dict__['data'] = self.__dict__['data'].copy()
            return inst
        def copy(self):
            if type(self) is UserDict:
                return UserDict(self.data.copy())
            import copy
            data = self.data
            try:
                self.data = {}
                c = copy.copy(self)
            finally:
                self.data = data
            c.update(self)
            return c
        @classmethod
        def fromkeys(cls, iterable, value=None):
            d = cls()
            for key in iterable:
                d[key] = value
            return d
    class UserList(abc.MutableSequence):
        __qualname__ = 'UserList'
        def __init__(self, initlist=None):
            self.data = []
            if initlist is not None:
                if type(initlist) == type(self.data):
                    self.data[:] = initlist
                elif isinstance(initlist, UserList):
                    self.data[:] = initlist.data[:]
                else:
                    self.data = list(initlist)
        def __repr__(self):
            return repr(self.data)
        def _cast(self, other):
            return other.data if isinstance(other, UserList) else other
        def __lt__(self, other):
            return self.data < self._cast(other)
        def __le__(self, other):
            return self.data <= self._cast(other)
        def __eq__(self, other):
            return self.data == self._cast(other)
        def __gt__(self, other):
            return self.data > self._cast(other)
        def __ge__(self, other):
            return self.data >= self._cast(other)
        def __contains__(self, item):
            return item in self.data
        def __len__(self):
            return len(self.data)
        def __getitem__(self, i):
            if isinstance(i, slice):
                return type(self)(self.data[i])
            return self.data[i]
        def __setitem__(self, i, item):
            self.data[i] = item
        def __delitem__(self, i):
            del self.data[i]
        def __add__(self, other):
            if isinstance(other, UserList):
                return type(self)(self.data + other.data)
            if isinstance(other, type(self.data)):
                return type(self)(self.data + other)
            return type(self)(self.data + list(other))
        def __radd__(self, other):
            if isinstance(other, UserList):
                return type(self)(other.data + self.data)
            if isinstance(other, type(self.data)):
                return type(self)(other + self.data)
            return type(self)(list(other) + self.data)
        def __iadd__(self, other):
            if isinstance(other, UserList):
                self.data += other.data
            elif isinstance(other, type(self.data)):
                self.data += other
            else:
                self.data += list(other)
            return self
        def __mul__(self, n):
            return type(self)(self.data * n)
        __rmul__ = __mul__
        def __imul__(self, n):
            self.data *= n
            return self
        def __copy__(self):
            inst = type(self).__new__(type(self))
            inst.__dict__.update(self.__dict__)
            inst.__dict__['data'] = self.__dict__['data'][:]
            return inst
        def append(self, item):
            self.data.append(item)
        def insert(self, i, item):
            self.data.insert(i, item)
        def pop(self, i=-1):
            return self.data.pop(i)
        def remove(self, item):
            self.data.remove(item)
        def clear(self):
            self.data.clear()
        def copy(self):
            return type(self)(self)
        def count(self, item):
            return self.data.count(item)
        def index(self, item, *args):
            return self.data.index(item, *args)
        def reverse(self):
            self.data.reverse()
        def sort(self, /, *args, **kwds):
            self.data.sort(*args, **kwds)
        def extend(self, other):
            if isinstance(other, UserList):
                self.data.extend(other.data)
            else:
                self.data.extend(other)
    UserList.__hash__ = None

    import sys

    def _text(x):
        return x.data if isinstance(x, UserString) else x

    class UserString(abc.Sequence):
        # a str in self.data; what gives a str gives an instance of the class
        __qualname__ = 'UserString'
        def __init__(self, seq):
            if isinstance(seq, str):
                self.data = seq
            elif isinstance(seq, UserString):
                self.data = seq.data[:]
            else:
                self.data = str(seq)
        def __str__(self):
            return str(self.data)
        def __repr__(self):
            return repr(self.data)
        def __int__(self):
            return int(self.data)
        def __float__(self):
            return float(self.data)
        def __complex__(self):
            return complex(self.data)
        def __hash__(self):
            return hash(self.data)
        def __getnewargs__(self):
            return (self.data[:],)
        def __eq__(self, string):
            return self.data == _text(string)
        def __lt__(self, string):
            return self.data < _text(string)
        def __le__(self, string):
            return self.data <= _text(string)
        def __gt__(self, string):
            return self.data > _text(string)
        def __ge__(self, string):
            return self.data >= _text(string)
        def __contains__(self, char):
            return _text(char) in self.data
        def __len__(self):
            return len(self.data)
        def __getitem__(self, index):
            return self.__class__(self.data[index])
        def __add__(self, other):
            if isinstance(other, UserString):
                return self.__class__(self.data + other.data)
            if isinstance(other, str):
                return self.__class__(self.data + other)
            return self.__class__(self.data + str(other))
        def __radd__(self, other):
            if isinstance(other, str):
                return self.__class__(other + self.data)
            return self.__class__(str(other) + self.data)
        def __mul__(self, n):
            return self.__class__(self.data * n)
        __rmul__ = __mul__
        def __mod__(self, args):
            return self.__class__(self.data % args)
        def __rmod__(self, template):
            return self.__class__(str(template) % self)
        def capitalize(self):
            return self.__class__(self.data.capitalize())
        def casefold(self):
            return self.__class__(self.data.casefold())
        def center(self, width, *args):
            return self.__class__(self.data.center(width, *args))
        def count(self, sub, start=0, end=sys.maxsize):
            return self.data.count(_text(sub), start, end)
        def removeprefix(self, prefix, /):
            return self.__class__(self.data.removeprefix(_text(prefix)))
        def removesuffix(self, suffix, /):
            return self.__class__(self.data.removesuffix(_text(suffix)))
        def encode(self, encoding='utf-8', errors='strict'):
            return self.data.encode('utf-8' if encoding is None else encoding, 'strict' if errors is None else errors)
        def endswith(self, suffix, start=0, end=sys.maxsize):
            return self.data.endswith(suffix, start, end)
        def expandtabs(self, tabsize=8):
            return self.__class__(self.data.expandtabs(tabsize))
        def find(self, sub, start=0, end=sys.maxsize):
            return self.data.find(_text(sub), start, end)
        def format(self, /, *args, **kwds):
            return self.data.format(*args, **kwds)
        def format_map(self, mapping):
            return self.data.format_map(mapping)
        def index(self, sub, start=0, end=sys.maxsize):
            return self.data.index(sub, start, end)
        def isalpha(self):
            return self.data.isalpha()
        def isalnum(self):
            return self.data.isalnum()
        def isascii(self):
            return self.data.isascii()
        def isdecimal(self):
            return self.data.isdecimal()
        def isdigit(self):
            return self.data.isdigit()
        def isidentifier(self):
            return self.data.isidentifier()
        def islower(self):
            return self.data.islower()
        def isnumeric(self):
            return self.data.isnumeric()
        def isprintable(self):
            return self.data.isprintable()
        def isspace(self):
            return self.data.isspace()
        def istitle(self):
            return self.data.istitle()
        def isupper(self):
            return self.data.isupper()
        def join(self, seq):
            return self.data.join(seq)
        def ljust(self, width, *args):
            return self.__class__(self.data.ljust(width, *args))
        def lower(self):
            return self.__class__(self.data.lower())
        def lstrip(self, chars=None):
            return self.__class__(self.data.lstrip(chars))
        maketrans = str.maketrans
        def partition(self, sep):
            return self.data.partition(sep)
        def replace(self, old, new, maxsplit=-1):
            return self.__class__(self.data.replace(_text(old), _text(new), maxsplit))
        def rfind(self, sub, start=0, end=sys.maxsize):
            return self.data.rfind(_text(sub), start, end)
        def rindex(self, sub, start=0, end=sys.maxsize):
            return self.data.rindex(sub, start, end)
        def rjust(self, width, *args):
            return self.__class__(self.data.rjust(width, *args))
        def rpartition(self, sep):
            return self.data.rpartition(sep)
        def rstrip(self, chars=None):
            return self.__class__(self.data.rstrip(chars))
        def split(self, sep=None, maxsplit=-1):
            return self.data.split(sep, maxsplit)
        def rsplit(self, sep=None, maxsplit=-1):
            return self.data.rsplit(sep, maxsplit)
        def splitlines(self, keepends=False):
            return self.data.splitlines(keepends)
        def startswith(self, prefix, start=0, end=sys.maxsize):
            return self.data.startswith(prefix, start, end)
        def strip(self, chars=None):
            return self.__class__(self.data.strip(chars))
        def swapcase(self):
            return self.__class__(self.data.swapcase())
        def title(self):
            return self.__class__(self.data.title())
        def translate(self, *args):
            return self.__class__(self.data.translate(*args))
        def upper(self):
            return self.__class__(self.data.upper())
        def zfill(self, width):
            return self.__class__(self.data.zfill(width))

    g = globals()
    g['ChainMap'], g['UserDict'], g['UserList'], g['UserString'] = ChainMap, UserDict, UserList, UserString
