# 34.6.1 scaled up: ten thousand workers sleeping at once still take about one delay
import asyncio
import random
import time

async def worker(i):
    await asyncio.sleep(0.2)
    return random.randint(1, 10)

async def do_something():
    print('do_something - will wait for 10,000 workers')
    start = time.perf_counter()
    results = await asyncio.gather(*(worker(i) for i in range(10_000)))
    elapsed = time.perf_counter() - start
    print('results:', len(results), 'sum:', sum(results), 'first five:', results[:5])
    print('far quicker than one after another:', elapsed < 10_000 * 0.2 / 100)
    print('tasks left:', len(asyncio.all_tasks()))

def main():
    random.seed(3)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
