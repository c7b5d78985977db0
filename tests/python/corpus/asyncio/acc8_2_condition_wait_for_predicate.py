# Condition.wait_for(predicate): the consumer wakes only when the predicate holds.
import asyncio

async def consumer(cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print('consumer sees', items)

async def producer(cond, items):
    for i in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(i)
            print('produced', i)
            cond.notify()

async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(consumer(cond, items), producer(cond, items))

asyncio.run(main())
