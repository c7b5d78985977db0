# main runs the gather listing and then the as_completed listing, one asyncio.run each
import asyncio
import random

random.seed(8)

async def worker(label=''):
    await asyncio.sleep(random.choice([0.1, 0.2, 0.3]))
    return label + str(random.randint(1, 10))

async def with_gather():
    print('gather:', await asyncio.gather(worker(), worker(), worker()))

async def with_as_completed():
    tasks = [asyncio.create_task(worker(l)) for l in 'ABC']
    for fut in asyncio.as_completed(tasks):
        print('as_completed:', await fut)

def main():
    print('Main - Starting')
    asyncio.run(with_gather())
    asyncio.run(with_as_completed())
    print('Main - Done')

if __name__ == '__main__':
    main()
