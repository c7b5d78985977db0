# How deep a recursion through a class's dunders goes before RecursionError,
# counted as CPython 3.11 counts: a getter, setter, __getattr__ or
# __setattr__ is its frames alone; a comparison, a class's call and
# repr() are one level more each.
c = 0
class P:
    @property
    def v(self):
        global c; c += 1; return self.v
try: P().v
except RecursionError: print("property getter", c)
c = 0
class S:
    def __init__(self): self.v = 1
    @property
    def v(self): return 1
    @v.setter
    def v(self, x):
        global c; c += 1; self.v = x
try: S()
except RecursionError: print("setter from __init__", c)
c = 0
class G:
    def __getattr__(s, n):
        global c; c += 1; return s.zz
try: G().zz
except RecursionError: print("getattr", c)
c = 0
class T:
    def __setattr__(s, n, v):
        global c; c += 1; s.q = v
try: T().a = 1
except RecursionError: print("setattr", c)
c = 0
class R:
    def __repr__(s):
        global c; c += 1; return repr(s)
try: repr(R())
except RecursionError as e: print("repr", c, e)
c = 0
class E:
    def __eq__(s, o):
        global c; c += 1; return s == o
try: E() == 1
except RecursionError as e: print("eq", c, e)
c = 0
class I:
    def __init__(s):
        global c; c += 1; s.x = I()
try: I()
except RecursionError as e: print("init", c, e)
import asyncio
async def main():
    global c
    for cls in P, G:
        c = 0
        try: cls().v
        except RecursionError: print("in a task:", cls.__name__, c)
asyncio.run(main())
