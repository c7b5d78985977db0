# Condition: notify(n) wakes the first n waiters, notify_all the rest; wait() needs the lock.
import asyncio

async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, 'takes', items.pop(0))

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f'c{i}', cond, items)) for i in range(4)]
    await asyncio.sleep(0.05)
    async with cond:
        items.append('a')
        cond.notify(1)
        print('notified one; locked:', cond.locked())
    await asyncio.sleep(0.05)
    async with cond:
        items.extend(['b', 'c', 'd'])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
