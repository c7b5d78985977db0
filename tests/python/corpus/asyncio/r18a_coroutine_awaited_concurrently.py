# the same coroutine object awaited from two tasks, and a generator-style misuse
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return 'slow'

async def await_it(c):
    return await c

async def main():
    c = slow()
    t1 = asyncio.create_task(await_it(c))
    t2 = asyncio.create_task(await_it(c))
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print([r if isinstance(r, str) else f'{type(r).__name__}: {r}' for r in res])
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    c2 = slow()
    print(c2.send(None) is not None)
    try:
        c2.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c2.close()

asyncio.run(main())
