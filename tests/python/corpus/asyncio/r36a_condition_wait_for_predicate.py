# Condition.wait_for with a predicate: consumers wake only when enough items are in stock
import asyncio


async def consumer(cond, stock, name, need):
    async with cond:
        await cond.wait_for(lambda: stock["n"] >= need)
        stock["n"] -= need
        print(f"{name} took {need}, left {stock['n']}")


async def main():
    cond = asyncio.Condition()
    stock = {"n": 0}
    tasks = [asyncio.create_task(consumer(cond, stock, f"c{i}", need))
             for i, need in enumerate([5, 2, 3])]
    for _ in range(5):
        await asyncio.sleep(0.02)
        async with cond:
            stock["n"] += 2
            print("stock now", stock["n"])
            cond.notify_all()
    await asyncio.gather(*tasks)
    print("final stock", stock["n"])


asyncio.run(main())
