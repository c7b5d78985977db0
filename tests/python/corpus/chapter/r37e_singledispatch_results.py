# singledispatch to describe whatever type each worker returned
import asyncio
from functools import singledispatch

@singledispatch
def describe(x):
    return f'unknown {type(x).__name__}'

@describe.register
def _(x: int):
    return f'int {x}'

@describe.register(list)
def _(x):
    return f'list of {len(x)}'

@describe.register
def _(x: BaseException):
    return f'error {x!r}'

async def worker(v):
    await asyncio.sleep(0.01)
    if isinstance(v, Exception):
        raise v
    return v

async def main():
    values = [3, [1, 2], 'text', ValueError('bad'), True]
    for r in await asyncio.gather(*map(worker, values), return_exceptions=True):
        print(describe(r))
    print(sorted(t.__name__ for t in describe.registry))

asyncio.run(main())
