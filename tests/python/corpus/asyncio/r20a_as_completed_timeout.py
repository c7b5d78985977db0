# as_completed with a timeout: the late ones raise TimeoutError from the iterator's awaitable.
import asyncio


async def phase(i):
    await asyncio.sleep(0.1 * i)
    return i


async def main():
    tasks = [asyncio.create_task(phase(i)) for i in (1, 2, 5)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            print('got', await fut)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__, e is not None)
    print([t.done() for t in tasks])
    for t in tasks:
        t.cancel()


asyncio.run(main())
