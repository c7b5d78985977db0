import asyncio

async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(name, 'took', item)

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    for x in ['apple', 'pear', 'plum']:
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print('left', items)

asyncio.run(main())
