# 34.6.1 rewritten with asyncio.TaskGroup instead of gather
import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(worker()) for _ in range(3)]
    results = [t.result() for t in tasks]
    print('results from calls:', results)

def main():
    random.seed(1)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
