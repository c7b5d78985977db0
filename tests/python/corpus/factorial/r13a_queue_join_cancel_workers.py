import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def worker(name, q, out):
    while True:
        n = await q.get()
        try:
            out.append((n, await factorial(n)))
            print(f'{name}: {n}')
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    out = []
    for n in [5, 7, 3, 6, 2]:
        await q.put(n)
    workers = [asyncio.create_task(worker(f'worker {i}', q, out)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(out))

asyncio.run(main())
