# Workers process jobs from a queue; each job carries a Future that the caller awaits.
import asyncio

async def worker(q):
    while True:
        func, args, fut = await q.get()
        try:
            fut.set_result(func(*args))
        except Exception as e:
            fut.set_exception(e)
        finally:
            q.task_done()
        await asyncio.sleep(0.001)

async def submit(q, func, *args):
    fut = asyncio.get_running_loop().create_future()
    await q.put((func, args, fut))
    return await fut

async def main():
    q = asyncio.Queue()
    w = asyncio.create_task(worker(q))
    print(await submit(q, pow, 2, 10))
    print(await asyncio.gather(submit(q, max, 3, 9), submit(q, len, "hello")))
    try:
        await submit(q, int, "12x")
    except ValueError as e:
        print("job failed:", e)
    w.cancel()

asyncio.run(main())
