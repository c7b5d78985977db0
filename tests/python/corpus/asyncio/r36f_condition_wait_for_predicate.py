# Condition.wait_for with a predicate: consumers wait until enough items are in stock.
import asyncio

stock = []

async def consumer(cond, name, need):
    async with cond:
        await cond.wait_for(lambda: len(stock) >= need)
        taken = [stock.pop(0) for _ in range(need)]
        print(f"{name} took {taken}")

async def producer(cond):
    for i in range(6):
        await asyncio.sleep(0.02)
        async with cond:
            stock.append(i)
            print("produced", i)
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, "big", 4), consumer(cond, "small", 2), producer(cond))
    print("left:", stock)

asyncio.run(main())
