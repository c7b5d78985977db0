# Cancelling a task blocked in asyncio.wait leaves the tasks it waited on running
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    return n


async def supervisor(tasks):
    done, pending = await asyncio.wait(tasks)
    return len(done)


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2)]
    sup = asyncio.create_task(supervisor(tasks))
    await asyncio.sleep(0.05)
    sup.cancel()
    await asyncio.gather(sup, return_exceptions=True)
    print("supervisor cancelled:", sup.cancelled())
    print("jobs cancelled:", [t.cancelled() for t in tasks])
    print("jobs results:", await asyncio.gather(*tasks))


asyncio.run(main())
