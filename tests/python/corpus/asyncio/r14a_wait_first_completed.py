# test_tasks: wait(FIRST_COMPLETED) returns done and pending sets; pending tasks keep running
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (('a', 0.3), ('b', 0.1), ('c', 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending)
    print([t.result() for t in done], len(pending))

asyncio.run(main())
