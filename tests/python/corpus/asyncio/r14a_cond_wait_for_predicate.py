# test_locks: Condition.wait_for rechecks its predicate at each notify and returns its value
import asyncio

items = []

async def consumer(cond):
    async with cond:
        got = await cond.wait_for(lambda: len(items) >= 3 and items[:])
        print('consumer got', got)

async def main():
    cond = asyncio.Condition()
    c = asyncio.create_task(consumer(cond))
    for x in 'abcd':
        await asyncio.sleep(0)
        async with cond:
            items.append(x)
            print('appended', x)
            cond.notify()
    await c

asyncio.run(main())
