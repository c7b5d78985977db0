# simulating CPU-bound work with a busy loop inside the workers, to see gather not help
import asyncio
import time

async def worker(label):
    print(label, 'crunching')
    end = time.time() + 0.1
    while time.time() < end:
        pass
    print(label, 'done')
    return label

async def main():
    start = time.perf_counter()
    print(await asyncio.gather(worker('A'), worker('B'), worker('C')))
    print('took at least 0.3s:', time.perf_counter() - start >= 0.3)

asyncio.run(main())
