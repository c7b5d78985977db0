# Queue: put() blocks when full, join() waits for task_done(), getters wake in order
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print(f"put {i} (qsize={q.qsize()})")
    await q.put(None)

async def consumer(q, got):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        q.task_done()
        if item is None:
            break
        got.append(item)
        print("consumed", item)

async def main():
    q = asyncio.Queue(maxsize=2)
    got = []
    await asyncio.gather(producer(q), consumer(q, got))
    await q.join()
    print("joined", got)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2 = asyncio.Queue()
    getters = [asyncio.create_task(q2.get()) for _ in range(3)]
    await asyncio.sleep(0)
    for x in 'xyz':
        q2.put_nowait(x)
    print(await asyncio.gather(*getters))

asyncio.run(main())
