# Cancelling a consumer blocked in queue.get() loses no item; a later put goes to the next consumer
import asyncio

async def consumer(name, q):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise

async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer("c1", q))
    c2 = asyncio.create_task(consumer("c2", q))
    await asyncio.sleep(0.01)
    c1.cancel()
    await q.put("job-1")
    await asyncio.sleep(0.01)
    print("c1:", "cancelled" if c1.cancelled() else c1.result())
    print("c2 done:", c2.done(), "qsize:", q.qsize())
    await q.put("job-2")
    print("nobody waiting, qsize:", q.qsize(), q)

asyncio.run(main())
