# passed the same task and the same coroutine twice to gather
import asyncio

runs = 0

async def worker():
    global runs
    runs += 1
    await asyncio.sleep(0.01)
    return runs

async def main():
    t = asyncio.create_task(worker())
    print(await asyncio.gather(t, t, t))
    c = worker()
    print(await asyncio.gather(c, c))
    print('worker ran', runs, 'times')

asyncio.run(main())
