# Producer/consumer with a bounded asyncio.Queue and one None sentinel per consumer.
import asyncio

async def producer(queue, items, n_consumers):
    for item in items:
        await queue.put(item)
        print(f"produced {item}")
    for _ in range(n_consumers):
        await queue.put(None)

async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            print(f"{name} stopping")
            queue.task_done()
            return
        await asyncio.sleep(0.05 if name == "c1" else 0.12)
        results.append((name, item * item))
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results)) for i in (1, 2)]
    await producer(queue, range(1, 6), len(consumers))
    await queue.join()
    await asyncio.gather(*consumers)
    print(sorted(v for _, v in results))
    print({name for name, _ in results} == {"c1", "c2"}, queue.empty(), queue.maxsize)
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", full.full())

asyncio.run(main())
