# anext() on an async generator that is already running in another task
import asyncio

async def slow_gen():
    for i in range(3):
        await asyncio.sleep(0.05)
        yield i

async def main():
    g = slow_gen()
    first = asyncio.create_task(anext(g))
    await asyncio.sleep(0.01)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("first:", await first)
    print("rest:", [x async for x in g])

asyncio.run(main())
