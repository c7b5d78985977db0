# A worker that quits when the queue has been idle too long (wait_for around q.get()).
import asyncio

async def worker(q, idle):
    handled = []
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=idle)
        except asyncio.TimeoutError:
            print(f"idle for {idle}s, worker exits")
            return handled
        handled.append(item)
        print("handled", item)

async def producer(q):
    for i, gap in enumerate([0.01, 0.02, 0.01]):
        await asyncio.sleep(gap)
        await q.put(i)
    print("producer finished")

async def main():
    q = asyncio.Queue()
    w = asyncio.create_task(worker(q, 0.15))
    await producer(q)
    print("worker handled:", await w)
    print("queue empty:", q.empty())

asyncio.run(main())
