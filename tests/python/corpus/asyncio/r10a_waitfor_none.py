import asyncio

async def slow(n):
    await asyncio.sleep(0.02)
    return n * 2

async def main():
    print(await asyncio.wait_for(slow(4), None))
    print(await asyncio.wait_for(slow(5), timeout=None))
    t = asyncio.create_task(slow(6))
    print(await asyncio.wait_for(t, None), t.done())

asyncio.run(main())
