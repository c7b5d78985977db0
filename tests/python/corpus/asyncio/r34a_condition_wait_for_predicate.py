# Condition.wait_for with a predicate: a consumer waits until the stock reaches a threshold
import asyncio

stock = []


async def consumer(cond, need):
    async with cond:
        print(f"consumer wants {need}")
        got = await cond.wait_for(lambda: len(stock) >= need)
        print(f"consumer woke, predicate returned {got}, stock={stock}")
        del stock[:need]


async def producer(cond):
    for i in range(5):
        await asyncio.sleep(0.01)
        async with cond:
            stock.append(i)
            print("produced", i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, 3), producer(cond))
    print("left:", stock)
    print("locked after:", cond.locked())


asyncio.run(main())
