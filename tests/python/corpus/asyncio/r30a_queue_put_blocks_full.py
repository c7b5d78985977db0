# put() on a full queue waits until a consumer frees a slot
import asyncio

async def producer(q, log):
    for i in range(4):
        await q.put(i)
        log.append(f"put {i}")

async def consumer(q, log):
    await asyncio.sleep(0.05)
    for _ in range(4):
        item = await q.get()
        log.append(f"got {item}")
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(producer(q, log), consumer(q, log))
    print(log)
    try:
        await asyncio.wait_for(q.join(), 0.05)
    except asyncio.TimeoutError:
        print("join timed out, unfinished:", q._unfinished_tasks)

asyncio.run(main())
