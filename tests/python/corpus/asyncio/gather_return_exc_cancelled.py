# gather(return_exceptions=True) gives a cancelled child's CancelledError (with its message) as a result.
import asyncio

async def value(n, delay):
    await asyncio.sleep(delay)
    return n

async def boom():
    await asyncio.sleep(0.01)
    raise KeyError('boom')

async def main():
    slow = asyncio.create_task(value('slow', 1))
    fast = asyncio.create_task(value('fast', 0.01))
    bad = asyncio.create_task(boom())
    asyncio.get_running_loop().call_later(0.05, slow.cancel, 'enough')
    results = await asyncio.gather(fast, slow, bad, return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))
    print('slow cancelled:', slow.cancelled())

asyncio.run(main())
