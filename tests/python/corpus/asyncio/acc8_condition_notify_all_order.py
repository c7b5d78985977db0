# Condition.notify_all wakes every waiter, in the order they waited; each re-acquires the lock.
import asyncio

async def consumer(cond, name, box):
    async with cond:
        await cond.wait()
        print(name, 'woke; box =', box)
        box.append(name)

async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(cond, f'c{i}', box)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        print('notify_all; locked:', cond.locked())
        cond.notify_all()
    await asyncio.gather(*ts)
    print(box)

asyncio.run(main())
