# Real Python style producer/consumer: two producers, three consumers, queue.join()
import asyncio
import random

random.seed(7)

async def produce(name, q, n):
    for i in range(n):
        item = f"{name}-{i}"
        await asyncio.sleep(0.01 * (i + 1))
        await q.put(item)
        print(f"{name} produced {item}")

async def consume(name, q, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0.005)
        q.task_done()

async def main():
    q = asyncio.Queue()
    seen = []
    producers = [asyncio.create_task(produce(n, q, 3)) for n in ("P1", "P2")]
    consumers = [asyncio.create_task(consume(f"C{i}", q, seen)) for i in range(3)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("items consumed:", sorted(item for _, item in seen))
    print("queue empty:", q.empty(), "size:", q.qsize())

asyncio.run(main())
