# Real Python style producer/consumer: producers put items, consumers process them, queue.join waits
import asyncio
import random

random.seed(7)
log = []

async def produce(name, q, n):
    for i in range(n):
        item = f"{name}-{i}"
        await asyncio.sleep(random.choice([0.01, 0.02, 0.03]))
        await q.put(item)
        log.append(f"{name} produced {item}")

async def consume(name, q, done):
    while True:
        item = await q.get()
        await asyncio.sleep(0.015)
        done.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    done = []
    producers = [asyncio.create_task(produce(p, q, 3)) for p in "AB"]
    consumers = [asyncio.create_task(consume(f"c{i}", q, done)) for i in range(2)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print(*sorted(log), sep="\n")
    print([type(r).__name__ for r in res])
    print("processed:", sorted(item for _, item in done))
    print("count:", len(done))

asyncio.run(main())
