# 34.6.1 with the workers written [worker()] * 3: gather runs the one coroutine once, its result three times
import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.2)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(*[worker()] * 3)
    print('results from calls:', results)
    tasks = [asyncio.create_task(worker())] * 2
    print('tasks:', await asyncio.gather(*tasks), len(set(tasks)))

def main():
    random.seed(8)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
