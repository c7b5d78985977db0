# Factorial exercise: a producer puts numbers in a bounded queue, consumers compute factorials.
import asyncio
import math

async def producer(queue, numbers):
    for n in numbers:
        await queue.put(n)
        print(f'put {n} (size {queue.qsize()})')
    await queue.join()

async def consumer(name, queue, out):
    while True:
        n = await queue.get()
        await asyncio.sleep(0.03 * n)
        out.append((name, n, math.factorial(n)))
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(f'c{i}', queue, out)) for i in (1, 2)]
    await producer(queue, [4, 1, 3, 2, 5])
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    for name, n, f in out:
        print(f'{name}: {n}! = {f}')

asyncio.run(main())
