# as_completed with a timeout, and wait_for with timeout=0
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(0.1), job(0.2), job(0.9)], timeout=0.4):
            got.append(await fut)
    except asyncio.TimeoutError as e:
        print("as_completed timed out after", got, type(e).__mro__[1].__name__)
    try:
        await asyncio.wait_for(job(0.1), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 times out")
    print(await asyncio.wait_for(asyncio.sleep(0, "instant"), timeout=0.1))
    async with asyncio.timeout(0.3) as cm:
        await asyncio.sleep(0.1)
        cm.reschedule(asyncio.get_running_loop().time() + 0.5)
        await asyncio.sleep(0.3)
    print("rescheduled timeout survived:", cm.expired())

asyncio.run(main())
