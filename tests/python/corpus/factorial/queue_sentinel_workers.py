# Factorial exercise: a queue of workers stopped by None sentinels, results sorted.
import asyncio

async def factorial(n):
    result = 1
    while n > 1:
        await asyncio.sleep(0.02)
        result *= n
        n -= 1
    return result

async def worker(wid, queue, results):
    while True:
        n = await queue.get()
        if n is None:
            queue.task_done()
            print(f'worker {wid} stops')
            break
        results[n] = await factorial(n)
        print(f'worker {wid}: {n}! = {results[n]}')
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    results = {}
    workers = [asyncio.create_task(worker(i, queue, results)) for i in range(3)]
    for n in [9, 4, 7, 1, 5, 3]:
        await queue.put(n)
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)
    for n in sorted(results):
        print(f'{n:2d}! = {results[n]:>8}')

asyncio.run(main())
