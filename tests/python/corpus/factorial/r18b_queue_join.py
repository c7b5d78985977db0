import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        try:
            results.append((n, await factorial(n), name))
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    for n in [5, 7, 3, 6, 2, 4]:
        queue.put_nowait(n)
    results = []
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(3)]
    await queue.join()
    print("queue empty:", queue.empty())
    for w in workers:
        w.cancel()
    out = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in out])
    for n, value, who in results:
        print(f"{who} computed {n}! = {value}")

asyncio.run(main())
