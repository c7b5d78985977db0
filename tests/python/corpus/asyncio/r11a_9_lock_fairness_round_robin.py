import asyncio


async def greedy(lock, name, rounds, order):
    for _ in range(rounds):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    order = []
    await asyncio.gather(*(greedy(lock, n, 3, order) for n in "ABC"))
    print("".join(order))


asyncio.run(main())
