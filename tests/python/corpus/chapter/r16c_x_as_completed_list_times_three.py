# 34.6.2 with the three workers written [worker('A')] * 3: one coroutine, so one result
import asyncio
import random

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.2)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    count = 0
    for async_func in asyncio.as_completed([worker('A')] * 3):
        result = await async_func
        count += 1
        print('do_something - result:', result)
    print('do_something - results received:', count)

def main():
    random.seed(6)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
