import asyncio

async def racer(name, start, speed, finish_order):
    await start.wait()
    await asyncio.sleep(0.1 / speed)
    finish_order.append(name)

async def main():
    start = asyncio.Event()
    order = []
    racers = [asyncio.create_task(racer(n, start, s, order)) for n, s in [("tortoise", 1), ("hare", 5), ("dog", 3)]]
    for i in (3, 2, 1):
        print(i)
        await asyncio.sleep(0.01)
    print("go!")
    start.set()
    await asyncio.gather(*racers)
    print("finish order:", order)
    print(repr(start).split()[-1])

asyncio.run(main())
