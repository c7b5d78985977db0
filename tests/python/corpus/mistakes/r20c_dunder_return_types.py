# TypeErrors for special methods returning the wrong type
class A:
    def __bool__(self): return 1
    def __len__(self): return -1
    def __index__(self): return "x"
    def __str__(self): return None
    def __hash__(self): return "h"
class B:
    def __init__(self): return 5

tests = [lambda: bool(A()), lambda: len(A()), lambda: [1][A()],
         lambda: str(A()), lambda: hash(A()), lambda: B(),
         lambda: repr(type("R", (), {"__repr__": lambda s: 3})())]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
if A():
    pass
