# asyncio.timeout (3.11): rescheduling the deadline, expired(), and when() of the context manager
import asyncio

async def slow(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 0.5)
        print(await slow(0.1), cm.expired())
    try:
        async with asyncio.timeout(0.05) as cm:
            await slow(0.3)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            async with asyncio.timeout(1):
                await slow(0.2)
    except TimeoutError:
        print("outer deadline hit first")
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(None)
        print(await slow(0.1), "after rescheduling to None")
    r = await asyncio.wait_for(slow(0.01), timeout=1)
    print("wait_for:", r)
    async with asyncio.timeout(0.01):
        await slow(1)

asyncio.run(main())
