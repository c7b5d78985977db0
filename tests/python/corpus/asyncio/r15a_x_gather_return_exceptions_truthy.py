# return_exceptions takes any truthy value; cancelled children show up as CancelledError
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def boom():
    await asyncio.sleep(0.01)
    raise OSError(5, "I/O error")

async def main():
    t = asyncio.create_task(sleeper(1))
    asyncio.get_running_loop().call_later(0.05, t.cancel)
    res = await asyncio.gather(sleeper(0.02), boom(), t, return_exceptions=1)
    for r in res:
        print(type(r).__name__, r if not isinstance(r, OSError) else (r.errno, r.strerror))

asyncio.run(main())
