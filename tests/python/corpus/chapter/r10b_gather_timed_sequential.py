# gather versus awaiting one after the other, both timed.
import asyncio
import time

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def main():
    start = time.perf_counter()
    for _ in range(3):
        await worker()
    seq = time.perf_counter() - start
    start = time.perf_counter()
    await asyncio.gather(worker(), worker(), worker())
    con = time.perf_counter() - start
    print('sequential >= 0.3:', seq >= 0.29)
    print('gathered < 0.2:', con < 0.2)
    print('faster:', con < seq)

asyncio.run(main())
