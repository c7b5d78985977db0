# Condition.notify(n) wakes n waiters in order; notify_all wakes the rest.
import asyncio

woken = []

async def consumer(cond, name):
    async with cond:
        await cond.wait()
        woken.append(name)

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(cond, f'c{i}')) for i in range(5)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print('after notify(2):', woken)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.01)
    print('after notify():', woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print('after notify_all():', woken)

asyncio.run(main())
