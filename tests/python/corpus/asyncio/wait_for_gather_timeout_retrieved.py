import asyncio
async def worker(sem, i):
    await sem.acquire()
    print('worker', i, 'got the semaphore')
    await asyncio.sleep(0.1)
async def main():
    sem = asyncio.Semaphore(2)
    try:
        await asyncio.wait_for(asyncio.gather(*(worker(sem, i) for i in range(4))), timeout=1)
    except asyncio.TimeoutError:
        print('workers 2 and 3 starved: acquire() without release()')
asyncio.run(main())
