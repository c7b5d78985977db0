import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        if n is None:
            print(f'{name} stopping')
            break
        results[n] = await factorial(n)
        print(f'{name} finished {n}')

async def main():
    queue = asyncio.Queue()
    for n in [5, 7, 3, 6, 4, 8]:
        queue.put_nowait(n)
    for _ in range(3):
        queue.put_nowait(None)
    results = {}
    await asyncio.gather(*(worker(f'w{i}', queue, results) for i in range(3)))
    for n in sorted(results):
        print(f'{n:2d}! = {results[n]}')

asyncio.run(main())
