# Condition: consumers wait_for an item; the producer notifies one at a time
import asyncio

items = []

async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, 'took', items.pop(0))

async def main():
    cond = asyncio.Condition()
    cs = [asyncio.create_task(consumer(f'c{i}', cond)) for i in range(3)]
    await asyncio.sleep(0.01)
    for item in ('apple', 'pear', 'plum'):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)
    print('left:', items)

asyncio.run(main())
