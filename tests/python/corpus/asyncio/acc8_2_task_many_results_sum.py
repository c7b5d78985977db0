# 100 tasks each sleeping a little: the sum of their results, and all_tasks empty of them after.
import asyncio

async def square(n):
    await asyncio.sleep((n % 7) / 1000)
    return n * n

async def main():
    tasks = [asyncio.create_task(square(n)) for n in range(100)]
    results = await asyncio.gather(*tasks)
    print(sum(results), results[:5], results[-1])
    print(len(asyncio.all_tasks()))

asyncio.run(main())
