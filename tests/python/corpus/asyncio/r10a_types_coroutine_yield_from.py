# An old tutorial's generator-based coroutines under types.coroutine.
import asyncio
import inspect
import types

@types.coroutine
def fetch(n):
    yield from asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f'bad n {n}')
    return n * 10

@types.coroutine
def add_after(n):
    v = yield from fetch(n)
    yield
    return v + 1

async def main():
    print(await fetch(2), await add_after(3))
    print(await asyncio.gather(add_after(1), fetch(4)))
    try:
        await add_after(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait_for(fetch(5), 0.001)
    except TimeoutError:
        print('timed out inside yield from')
    g = fetch(1)
    print(type(g).__name__, inspect.isawaitable(g), asyncio.iscoroutine(g),
          inspect.isgeneratorfunction(fetch), bool(fetch.__code__.co_flags & 0x100))
    print(await g)

    @types.coroutine
    def not_a_generator():
        return 'plain'
    print(not_a_generator.__name__, not_a_generator())
    print(types.coroutine(main) is main)
    try:
        types.coroutine(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
