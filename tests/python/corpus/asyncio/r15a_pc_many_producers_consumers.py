# Several producers and consumers share one queue; task_done and join tell when all is handled
import asyncio
import random

async def produce(q, pid):
    for i in range(3):
        await asyncio.sleep(random.choice([0.01, 0.02]))
        await q.put(f"p{pid}-{i}")

async def consume(q, handled):
    while True:
        item = await q.get()
        handled.append(item)
        q.task_done()

async def main():
    random.seed(7)
    q = asyncio.Queue()
    handled = []
    consumers = [asyncio.create_task(consume(q, handled)) for _ in range(2)]
    await asyncio.gather(*(produce(q, p) for p in range(3)))
    await q.join()
    for c in consumers:
        c.cancel()
    print(len(handled), "items handled")
    print(sorted(handled))

asyncio.run(main())
