# time.sleep in a coroutine blocks the loop: the workers run one after the other
import asyncio
import time


async def worker(name):
    print(name, 'start')
    time.sleep(0.2)
    print(name, 'end')


async def main():
    start = time.perf_counter()
    await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print('took at least 0.6 s:', time.perf_counter() - start >= 0.6)


asyncio.run(main())
