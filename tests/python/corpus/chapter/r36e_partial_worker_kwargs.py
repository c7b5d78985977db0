# used functools.partial to fix the delay, then gathered the partial called with labels
import asyncio
import functools
import random

async def worker(label, *, delay, scale=1):
    await asyncio.sleep(delay)
    return f'{label}{random.randint(1, 10) * scale}'

async def do_something():
    quick = functools.partial(worker, delay=0.05)
    big = functools.partial(worker, delay=0.1, scale=100)
    print(quick.func.__name__, quick.args, quick.keywords)
    print(await asyncio.gather(quick('A'), big('B'), quick('C', scale=10)))
    print(await quick('D', delay=0.01))
    print(await quick('E', 0.2))

random.seed(99)
asyncio.run(do_something())
