# moving the blocking time.sleep worker into a thread with asyncio.to_thread
import asyncio
import time

def blocking_worker(label):
    time.sleep(0.1)
    return label * 2

async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.03)

async def main():
    start = time.perf_counter()
    r, _ = await asyncio.gather(asyncio.to_thread(blocking_worker, 'ab'), ticker())
    print('result', r)
    print('ticker ran while blocking:', time.perf_counter() - start < 0.2)

asyncio.run(main())
