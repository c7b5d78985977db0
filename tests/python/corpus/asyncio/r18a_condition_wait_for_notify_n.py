# Condition: wait_for with a predicate, notify(n), and errors outside the lock
import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, 'took', items.pop(0))

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
    tasks = [asyncio.create_task(consumer(cond, f'c{i}')) for i in range(4)]
    await asyncio.sleep(0.01)
    for batch in (['x'], ['y', 'z'], ['w']):
        async with cond:
            items.extend(batch)
            cond.notify(len(batch))
            print('notified', len(batch), 'waiters left', len(cond._waiters))
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print('shared lock locked:', lock.locked())

asyncio.run(main())
