# A worker calls task_done() twice by mistake (once in finally as well).
import asyncio


async def worker(queue):
    while not queue.empty():
        n = await queue.get()
        try:
            f = 1
            for i in range(2, n + 1):
                f *= i
            await asyncio.sleep(0.01)
            print(f"{n}! = {f}")
            queue.task_done()
        finally:
            queue.task_done()


async def main():
    q = asyncio.Queue()
    for n in (4, 5, 6):
        await q.put(n)
    await worker(q)
    print("all done")


asyncio.run(main())
