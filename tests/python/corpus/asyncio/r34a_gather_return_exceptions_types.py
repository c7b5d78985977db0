# gather(return_exceptions=True) with a mix of results, an exception, a cancelled task and a plain Future
import asyncio


async def ok(v):
    await asyncio.sleep(0.01)
    return v


async def bad():
    await asyncio.sleep(0.02)
    raise KeyError("missing")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.03, fut.set_result, "from-future")
    slow = asyncio.create_task(ok("slow"))
    loop.call_soon(slow.cancel, "skip")
    results = await asyncio.gather(ok(1), bad(), slow, fut, return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
