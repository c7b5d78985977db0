# emptying each kind of container one pop too far, catching each error
from collections import deque

tries = [
    ("list", lambda: [].pop()),
    ("dict", lambda: {}.popitem()),
    ("set", lambda: set().pop()),
    ("deque", lambda: deque().popleft()),
    ("list index", lambda: [1, 2].pop(5)),
    ("dict key", lambda: {"a": 1}.pop("b")),
]
for name, fn in tries:
    try:
        fn()
    except (IndexError, KeyError) as e:
        print(f"{name:<10} {type(e).__name__}: {e}")
