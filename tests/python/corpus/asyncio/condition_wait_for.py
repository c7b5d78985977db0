# Condition: wait_for(predicate), notify(n) and notify_all(), and the RuntimeErrors without the lock.
import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, 'takes', items.pop(0))

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    tasks = [asyncio.create_task(consumer(cond, f'c{i}')) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        items.append('one')
        cond.notify(1)
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(['two', 'three'])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print('left:', items, '| locked:', cond.locked())

asyncio.run(main())
