# Two workers pull numbers from a queue until they get None, and put answers into a results dict.
import asyncio


async def worker(name, queue, results):
    while True:
        n = await queue.get()
        if n is None:
            print(f"{name} stopping")
            break
        acc = 1
        for i in range(2, n + 1):
            acc *= i
        await asyncio.sleep(0.05 * n)
        results[n] = acc
        print(f"{name} did {n}")


async def main():
    queue = asyncio.Queue()
    for n in [3, 1, 4]:
        queue.put_nowait(n)
    for _ in range(2):
        queue.put_nowait(None)
    results = {}
    await asyncio.gather(worker("w1", queue, results), worker("w2", queue, results))
    for n in sorted(results):
        print(n, results[n])
    print("queue empty:", queue.empty())


asyncio.run(main())
