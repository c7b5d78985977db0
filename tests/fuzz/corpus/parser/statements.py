import os
import os.path as p, sys
from . import x
from .. import y as z
from ...a.b import (c, d as e,)
from m import *
x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7; x @= 8; x &= 9; x |= 10; x ^= 11; x <<= 12; x >>= 13
x: int
x: int = 5
(y): str = "a"
a.b: int = 1
a[0]: float
del x
del a, b[0], c.d
del (a, b), [c]
pass
assert x
assert x, "message"
global g1, g2
raise
raise ValueError
raise ValueError("x") from err
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
while x < 10:
    x += 1
    if x == 5:
        break
    continue
else:
    pass
for i in range(10):
    print(i)
else:
    print("done")
for a, b in pairs: pass
for (a, b), *c in d: pass
try:
    f()
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    raise
else:
    pass
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
with open(f) as fh, lock:
    pass
with (open(f) as a, open(g) as b):
    pass
with (a, b):
    pass
with (yield):
    pass
def f():
    return
def g(a, b=1, *args, c, d=2, **kw) -> int:
    """docstring"""
    return a + b
def h(a, /, b, *, c):
    nonlocal_x = 1
    def inner():
        nonlocal nonlocal_x
        global gg
    return inner
@decorator
@decorator.attr(1, x=2)
def decorated(): pass
async def co():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return [i async for i in aiter() if await i]
class A: pass
class B(A, metaclass=M):
    x = 1
    def method(self):
        return self.x
@dataclass
class C(object,):
    a: int = 0
if __name__ == '__main__':
    main()
