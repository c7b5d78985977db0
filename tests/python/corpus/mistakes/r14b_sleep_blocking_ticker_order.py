# Mistake: time.sleep inside gathered coroutines: they run one after the other (the order shows it).
import asyncio
import time


async def worker(label):
    print(label, 'start')
    time.sleep(0.1)
    print(label, 'end')
    return label


async def main():
    start = time.perf_counter()
    print(await asyncio.gather(worker('A'), worker('B'), worker('C')))
    print('serial:', time.perf_counter() - start >= 0.3)


asyncio.run(main())
