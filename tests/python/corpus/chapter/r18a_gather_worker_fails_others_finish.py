# 34.6.1 with one worker failing: gather raises at once, the other workers keep running
import asyncio
import random

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f'worker {n} failed')
    result = random.randint(1, 10)
    print(f'Worker {n} - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    try:
        results = await asyncio.gather(worker(1), worker(2), worker(3))
        print('results from calls:', results)
    except ValueError as e:
        print('do_something - caught:', e)
    print('tasks still running:', len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.2)
    print('tasks still running:', len(asyncio.all_tasks()) - 1)

def main():
    random.seed(34)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
