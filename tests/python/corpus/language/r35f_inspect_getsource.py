# inspect.getsource and getsourcelines of a program's own functions, as an autograder reads them
import asyncio
import functools
import inspect


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@deco
async def worker(n,
                 delay=0.01):
    """Sleep, then give n back."""
    await asyncio.sleep(delay)
    return n
    # a comment at the body's indentation goes with it
# and one at the left margin does not


class Shop:
    def price(self, item):  # a method
        def inner():
            return 3
        return inner() * 2


def one(x): return x + 1
square = lambda v: v * v
for obj in (worker, deco, Shop.price, Shop().price, one, square):
    lines, start = inspect.getsourcelines(obj)
    print(f'--- {getattr(obj, "__qualname__", obj)} at {start}, {len(lines)} lines')
    print(inspect.getsource(obj), end='')
print(inspect.getsourcefile(one) == __file__, inspect.getfile(worker) == __file__)
print('await asyncio.sleep' in inspect.getsource(worker))
frame = inspect.currentframe()
import sys
print(inspect.getsource(frame) == inspect.getsource(sys.modules[__name__]), inspect.getsourcelines(frame)[1])
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError:', e)
print(asyncio.run(worker(5)))
