# 34.6.1 where the workers wait on an Event before starting
import asyncio

async def worker(n, go):
    print(f'Worker {n} - waiting for go')
    await go.wait()
    await asyncio.sleep(0.1 * n)
    print(f'Worker {n} - Done it')
    return n

async def starter(go):
    await asyncio.sleep(0.2)
    print('starter - go!')
    go.set()

async def do_something():
    go = asyncio.Event()
    results = await asyncio.gather(worker(1, go), worker(2, go), starter(go))
    print('results from calls:', results)

asyncio.run(do_something())
