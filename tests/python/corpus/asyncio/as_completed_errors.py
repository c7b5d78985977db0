# as_completed yields awaitables in completion order; an exception comes out of the await that delivers it.
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    return name

async def main():
    coros = [work('c', 0.3), work('a', 0.1), work('b', 0.2, fail=True), work('d', 0.4)]
    for i, aw in enumerate(asyncio.as_completed(coros)):
        try:
            print(i, 'result', await aw)
        except LookupError as e:
            print(i, 'error', repr(e))
    try:
        asyncio.as_completed(work('x', 0))
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
