# Two-stage pipeline with queues and None sentinels; maxsize applies backpressure
import asyncio

async def stage1(out_q):
    for i in range(5):
        await out_q.put(i)
        print(f"stage1 put {i} (qsize={out_q.qsize()})")
    await out_q.put(None)

async def stage2(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await asyncio.sleep(0.01)
        await out_q.put(item * 100)
    await out_q.put(None)

async def sink(in_q):
    results = []
    while True:
        item = await in_q.get()
        if item is None:
            break
        results.append(item)
    return results

async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue()
    _, _, results = await asyncio.gather(stage1(q1), stage2(q1, q2), sink(q2))
    print(results)
    print(q1.maxsize, q1.full())

asyncio.run(main())
