# gave the labelled worker numbers instead of letters
import asyncio
import random

random.seed(5)

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.02)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    for async_func in asyncio.as_completed([worker(1)]):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
