# Condition.wait_for with a predicate: consumer waits until the producer has filled 3 items.
import asyncio

items = []


async def consumer(cond):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print('consumer sees', items)


async def producer(cond):
    for i in range(5):
        await asyncio.sleep(0.05)
        async with cond:
            items.append(i)
            print('produced', i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))


asyncio.run(main())
