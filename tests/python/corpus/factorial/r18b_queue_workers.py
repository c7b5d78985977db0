# Producer puts numbers on a queue, two workers compute factorials.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def producer(queue, numbers):
    for n in numbers:
        await queue.put(n)
        print(f"put {n} (qsize={queue.qsize()})")
    for _ in range(2):
        await queue.put(None)

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        if n is None:
            print(f"{name} stopping")
            break
        print(f"{name} got {n}")
        results[n] = await factorial(n)
        print(f"{name} finished {n}! = {results[n]}")

async def main():
    queue = asyncio.Queue(maxsize=2)
    results = {}
    await asyncio.gather(producer(queue, [5, 7, 3, 6]),
                         worker("w1", queue, results),
                         worker("w2", queue, results))
    print(dict(sorted(results.items())))

asyncio.run(main())
