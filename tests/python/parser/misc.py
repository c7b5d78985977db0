# comments everywhere
x = (1 +  # inside brackets
     2)

y = [
    1,
    2,
]
if x:  # trailing
    # comment at a different indent
        pass  # deeper body is fine
z = 1 + \
    2
a = 1; b = 2; c = 3;
def f(
    a,
    b,
): return a
class K(
    Base
): pass
l = [1,
  2,
      3]
if True:
	tabbed = 1
	if tabbed:
		deeper = 2
très = 1
π = 3.14
日本語 = "ja"
_private = __dunder__ = 0
x = 'é' + "ü" + '日本' + '\u00e9'
print(très, π, 日本語)
def g(*, a=1, b): pass
def h(a, b=2, /, c=3, *d, e, f=4, **g): pass
def i(a: int, *args: str, b: 'x' = 1, **kw: dict) -> None: pass
lambda: (yield)
x = [[[[[[1]]]]]]
x = ((((((1))))))
x = {'a': {'b': {'c': [1, (2, {3})]}}}
@property
def p(self): ...
async def main():
    await asyncio.gather(*[worker(i) for i in range(3)])
    result = await asyncio.wait_for(task, timeout=1.0)
    async with lock:
        pass
    tasks = [asyncio.create_task(c) for c in coros]
    for t in asyncio.as_completed(tasks):
        print(await t)
try:
    pass
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from None
finally:
    pass
x = not a == b
x = a is not None and b in c
x = -a ** -b
x = a * -b
x = a or not b and c
x = a if b or c else d and e
x = [i for i in range(10)][::-1]
x = f(a)(b)[c].d
x = a[b][c](d)(e)
assert isinstance(x, int), f"bad {x!r}"
x = (a for a in b), (c for c in d)
x = 1 if True else 2, 3
global_var: list[int] = []
x = print
print(x, end='')
x = a @ b
