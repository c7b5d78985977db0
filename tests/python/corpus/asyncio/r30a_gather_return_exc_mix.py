# gather with return_exceptions=True collecting values, errors and a cancellation
import asyncio

async def ok(x):
    await asyncio.sleep(0.01 * x)
    return x

async def boom(msg):
    await asyncio.sleep(0.02)
    raise RuntimeError(msg)

async def main():
    slow = asyncio.create_task(asyncio.sleep(1, result="never"))
    asyncio.get_running_loop().call_later(0.05, slow.cancel)
    res = await asyncio.gather(ok(1), boom("first"), ok(2), slow, boom("second"),
                               return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))

asyncio.run(main())
