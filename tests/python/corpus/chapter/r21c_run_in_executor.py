# run_in_executor with the default executor for a blocking function.
import asyncio
import time

def blocking(label):
    time.sleep(0.2)
    return label * 3

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    rs = await asyncio.gather(*(loop.run_in_executor(None, blocking, c) for c in 'ab'))
    print(rs, 'overlapped:', time.perf_counter() - t0 < 0.35)

asyncio.run(main())
