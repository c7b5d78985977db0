# wait_for with timeout=0 and with a worker that ignores cancellation briefly
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 'finished'

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn - cleaning up before giving in')
        await asyncio.sleep(0.01)
        raise

async def do_something():
    for coro in (worker(), stubborn()):
        try:
            print(await asyncio.wait_for(coro, timeout=0 if coro.__name__ == 'worker' else 0.05))
        except TimeoutError:
            print(coro.__name__, 'timed out')

asyncio.run(do_something())
