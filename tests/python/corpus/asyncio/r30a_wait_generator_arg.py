# asyncio.wait given a generator of tasks, and as_completed given a set
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(t for t in tasks)
    print(sorted(t.result() for t in done), pending)
    print([await f for f in asyncio.as_completed({*tasks})])

asyncio.run(main())
