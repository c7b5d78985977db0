# Two coroutines using time.sleep run one after the other
import asyncio, time
order = []
async def worker(name, naps):
    for i in range(naps):
        time.sleep(0.05)
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(worker("a", 3), worker("b", 3))
    print(order)
asyncio.run(main())
async def polite(name, d):
    for i in range(2):
        await asyncio.sleep(d)
        print(name, i)
async def main2():
    await asyncio.gather(polite("x", 0.2), asyncio.sleep(0.05), polite("y", 0.3))
asyncio.run(main2())
