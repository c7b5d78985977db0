# create_task and ensure_future given things that are not coroutines: the TypeErrors.
import asyncio, re

async def coro_fn():
    return 1

def gen():
    yield 1

async def main():
    for arg in (42, coro_fn, gen(), asyncio.sleep):
        for fn in (asyncio.create_task, asyncio.ensure_future):
            try:
                fn(arg)
            except TypeError as e:
                print(fn.__name__, 'TypeError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
    c = coro_fn()
    t = asyncio.ensure_future(c)
    try:
        asyncio.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await t)

asyncio.run(main())
