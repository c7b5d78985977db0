# Condition.notify(2) wakes only two of four waiters; a second notify wakes the rest
import asyncio

async def waiter(cond, i, woke):
    async with cond:
        await cond.wait()
        woke.append(i)

async def main():
    cond = asyncio.Condition()
    woke = []
    tasks = [asyncio.create_task(waiter(cond, i, woke)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("after notify(2):", woke)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*tasks)
    print("after notify(10):", woke)

asyncio.run(main())
