# Two concurrent anext() calls on one async generator
import asyncio

async def slow_numbers():
    for i in range(3):
        await asyncio.sleep(0.02)
        yield i

async def main():
    g = slow_numbers()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0.001)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    second = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0.001)
    await g.aclose()

asyncio.run(main())
