# gather(return_exceptions=True): results and exception objects in argument order, cancelled children as CancelledError.
import asyncio

async def ok(v, d):
    await asyncio.sleep(d)
    return v

async def err(d):
    await asyncio.sleep(d)
    raise OSError('network down')

async def main():
    victim = asyncio.create_task(ok('victim', 1))
    asyncio.get_running_loop().call_later(0.01, victim.cancel)
    res = await asyncio.gather(ok(1, 0.02), err(0.01), victim, ok(3, 0), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))

asyncio.run(main())
