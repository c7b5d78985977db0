# A Condition: consumers wait for items, producer notifies one at a time.
import asyncio

async def consumer(name, cond, items, got):
    async with cond:
        await cond.wait_for(lambda: items)
        got.append((name, items.pop(0)))

async def main():
    cond = asyncio.Condition()
    items, got = [], []
    cs = [asyncio.create_task(consumer(f'c{i}', cond, items, got)) for i in range(3)]
    for x in 'xyz':
        await asyncio.sleep(0.1)
        async with cond:
            items.append(x)
            cond.notify()
    await asyncio.gather(*cs)
    print(got)

asyncio.run(main())
