# Without return_exceptions, gather raises the first error but the others keep running
import asyncio

async def worker(i):
    await asyncio.sleep(0.05 * i)
    if i == 1:
        raise LookupError("worker 1 failed")
    print("worker", i, "done")
    return i

async def main():
    try:
        await asyncio.gather(*(worker(i) for i in range(4)))
    except LookupError as e:
        print("caught:", e)
    await asyncio.sleep(0.3)
    print("tasks left:", len(asyncio.all_tasks()))
    await asyncio.gather(worker(1), worker(0))

asyncio.run(main())
