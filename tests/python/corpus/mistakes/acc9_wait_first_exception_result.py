# asyncio.wait's FIRST_EXCEPTION, then result() of the failed task.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 1:
        raise ValueError("job 1 failed")
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in done:
        print(t.result())

asyncio.run(main())
