# Waiting for the job queue to drain with wait_for(queue.join()); a forgotten task_done makes it time out.
import asyncio


async def worker(q, forget):
    while True:
        n = await q.get()
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.01)
        print(f"{n}! = {r}")
        if n != forget:
            q.task_done()


async def main():
    for forget in (None, 5):
        q = asyncio.Queue()
        for n in (3, 5, 4):
            q.put_nowait(n)
        w = asyncio.create_task(worker(q, forget))
        try:
            await asyncio.wait_for(q.join(), timeout=0.2)
            print("queue drained")
        except TimeoutError:
            print("join timed out; unfinished:", q._unfinished_tasks)
        w.cancel()


asyncio.run(main())
