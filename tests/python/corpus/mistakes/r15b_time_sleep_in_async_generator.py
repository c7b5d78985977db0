# Mistake: time.sleep inside an async generator blocks the other task too.
import asyncio
import time

async def slow_numbers():
    for i in range(3):
        time.sleep(0.2)
        yield i

async def spinner():
    for _ in range(3):
        print("spin")
        await asyncio.sleep(0.1)

async def main():
    start = time.perf_counter()
    spin = asyncio.create_task(spinner())
    async for n in slow_numbers():
        print("number", n)
    await spin
    print("took over 0.5 s:", time.perf_counter() - start > 0.5)

asyncio.run(main())
