# Tasks printed to see their state: sleep() itself as a task, a worker in sleep(0) and in a longer sleep
import asyncio

async def napper(delay):
    await asyncio.sleep(delay)
    return delay

def show(task):
    print(str(task).replace(__file__, "FILE"))

async def main():
    direct = asyncio.create_task(asyncio.sleep(1), name="direct")
    zero = asyncio.create_task(asyncio.sleep(0), name="zero")
    n0 = asyncio.create_task(napper(0), name="n0")
    n5 = asyncio.create_task(napper(0.5), name="n5")
    show(direct)
    await asyncio.sleep(0)
    for t in (direct, zero, n0, n5):
        show(t)
    direct.cancel()
    await asyncio.gather(zero, n0, n5)
    for t in (direct, zero, n0, n5):
        show(t)

asyncio.run(main())
