# loop.set_default_executor(): to_thread() calls then share one worker, one after another (3 x 0.2 s).
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def step(n):
    time.sleep(0.2)
    return n

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor(None)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
    t0 = loop.time()
    print(await asyncio.gather(*(asyncio.to_thread(step, n) for n in range(3))), loop.time() - t0 > 0.55)

asyncio.run(main())
