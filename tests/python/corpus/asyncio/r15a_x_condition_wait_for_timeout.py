# A Condition's wait_for under asyncio.timeout: the predicate never turns true in time
import asyncio

async def main():
    cond = asyncio.Condition()
    ready = False
    async def setter():
        nonlocal ready
        await asyncio.sleep(0.4)
        async with cond:
            ready = True
            cond.notify_all()
    t = asyncio.create_task(setter())
    async with cond:
        try:
            async with asyncio.timeout(0.1):
                await cond.wait_for(lambda: ready)
        except TimeoutError:
            print("gave up; still holding the lock:", cond.locked())
    async with cond:
        print("waited again:", await cond.wait_for(lambda: ready))
    await t

asyncio.run(main())
