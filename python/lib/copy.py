# python/lib/copy.py
#
# The copy module: copy and deepcopy, after CPython's Lib/copy.py.
#
# Built into the interpreter as the C string copy_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
class Error(Exception):
    pass
error = Error
_atomic = frozenset((type(None), int, float, bool, str, bytes, range, type,
                     type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented), property))
def _unsupported(x, what):
    if type(x).__name__ in ('generator', 'coroutine', 'async_generator') and type(x).__module__ == 'builtins':
        # CPython's object.__reduce_ex__ of a type without tp_new
        raise TypeError(f"cannot pickle '{type(x).__name__}' object")
    raise NotImplementedError(f"copy.{what} of a {type(x).__name__} is not supported by casyncio's Python")
_bases = (list, dict, set, frozenset, tuple, str, int, float)
def _reconstruct(x, memo):
    # an instance of a class derived from a built-in type (not from deque's
    # kind: __dict__ only), rebuilt as CPython's __reduce_ex__(4) has
    # copy rebuild it; memo None: a shallow copy
    cls = type(x)
    base = next(b for b in _bases if isinstance(x, b))
    cp = (lambda v: v) if memo is None else (lambda v: deepcopy(v, memo))
    if base is set or base is frozenset:
        y = cls([cp(a) for a in x])
    elif base is list or base is dict:
        y = cls.__new__(cls)
    else:
        args = x.__getnewargs__() if hasattr(cls, '__getnewargs__') else (base(x),)
        y = cls.__new__(cls, *[cp(a) for a in args])
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(cp(state))
    if base is list:
        for a in x:
            y.append(cp(a))
    elif base is dict:
        for k, v in x.items():
            y[cp(k)] = cp(v)
    return y
def _slotnames(cls):
    # copyreg._slotnames: the names of the slots of cls and its bases, private
    # ones mangled, kept on the class as __slotnames__ as CPython's does
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names
def _own_reduce(cls):
    # the class's own __reduce_ex__ or __reduce__ (an exception's, or one
    # written in Python): copy rebuilds through it, as CPython's copy does
    for c in cls.__mro__:
        if c is object:
            return None
        if '__reduce_ex__' in c.__dict__:
            return '__reduce_ex__'
        if '__reduce__' in c.__dict__:
            return '__reduce__'
    return None
def _from_reduce(x, memo, rv):
    # CPython's copy._reconstruct of x.__reduce_ex__(4)'s value; memo None: a shallow copy
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % type(x))
    func, args, state, listiter, dictiter = (tuple(rv) + (None,) * 3)[:5]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
def _own_state(cls):
    # a __getstate__ or __setstate__ of the class's (written in Python)
    for c in cls.__mro__[:-1]:
        if '__getstate__' in c.__dict__ or '__setstate__' in c.__dict__:
            return True
    return False
def _copy_inst(x, memo):
    cls = type(x)
    red = _own_reduce(cls)
    if red is not None:
        return _from_reduce(x, memo, getattr(x, red)(4) if red == '__reduce_ex__' else x.__reduce__())
    if _own_state(cls):
        # object.__reduce_ex__(4): copyreg.__newobj__(cls), x.__getstate__(), then y.__setstate__(state)
        return _from_reduce(x, memo, (cls.__new__, (cls,), x.__getstate__()))
    return _copy_plain(x, memo)
def _copy_plain(x, memo):
    # an instance rebuilt as object.__reduce_ex__(4) has copy rebuild it: its
    # __dict__, then the slots that are set; memo None: a shallow copy
    cls = type(x)
    y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = x.__dict__ if hasattr(x, '__dict__') else None
    slots = {}
    for name in _slotnames(cls):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    # (each value deep-copied in place: a tuple of them made here would be
    # freed, and a later object at its id found in memo)
    if state:
        for k, v in state.items():
            y.__dict__[k] = v if memo is None else deepcopy(v, memo)
    for name, value in slots.items():
        setattr(y, name, value if memo is None else deepcopy(value, memo))
    return y
def copy(x):
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    f = getattr(cls, '__copy__', None)
    if f is not None:
        return f(x)
    if isinstance(x, _bases):
        return _reconstruct(x, None)
    if not isinstance(x, type) and (hasattr(x, '__dict__') or '__slots__' in dir(cls)):
        return _copy_inst(x, None)
    _unsupported(x, 'copy')
def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else cls(items)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[d] = y
    elif cls is bytearray:
        y = bytearray(x)
        memo[d] = y
    elif getattr(x, '__deepcopy__', None) is not None:
        y = x.__deepcopy__(memo)
        memo[d] = y
    elif isinstance(x, _bases):
        y = _reconstruct(x, memo)
    elif not isinstance(x, type) and (hasattr(x, '__dict__') or '__slots__' in dir(cls)):
        y = _copy_inst(x, memo)
    else:
        _unsupported(x, 'deepcopy')
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
def _keep_alive(x, memo):
    # as CPython's: x lives as long as the memo, so that its id, a key of the
    # memo, is not taken by another object (a temporary's) meanwhile
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
