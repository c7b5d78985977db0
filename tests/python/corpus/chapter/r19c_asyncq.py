# Real Python: asyncq.py producer/consumer, with seeded random and deterministic sleeps
import asyncio
import itertools as it
import random

async def makeitem(size: int = 5) -> str:
    return "".join(random.choice("abcdef0123456789") for _ in range(size * 2))

async def produce(name: int, q: asyncio.Queue, delays) -> None:
    n = len(delays)
    for d in delays:
        await asyncio.sleep(d)
        i = await makeitem()
        await q.put((i, d, name))
        print(f"Producer {name} added <{i}> to queue.")

async def consume(name: int, q: asyncio.Queue) -> None:
    while True:
        i, d, who = await q.get()
        print(f"Consumer {name} got element <{i}> from producer {who}")
        await asyncio.sleep(0.05)
        q.task_done()

async def main(nprod: int, ncon: int):
    q = asyncio.Queue()
    plan = [[0.1, 0.35], [0.2, 0.5], [0.3]]
    producers = [asyncio.create_task(produce(n, q, plan[n])) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

if __name__ == "__main__":
    random.seed(444)
    asyncio.run(main(3, 2))
    print("done")
