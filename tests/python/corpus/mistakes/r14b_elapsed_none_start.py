# Mistake: the start time is the result of print(), so the subtraction mixes float and None.
import asyncio
import time


async def main():
    start = print('timing the sleep...')
    await asyncio.sleep(0.1)
    end = time.perf_counter()
    elapsed = end - start
    print(f'took {elapsed:.2f}s')


asyncio.run(main())
