# the gather listing swapped for a TaskGroup where two workers fail: an ExceptionGroup
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    if n % 2:
        raise ValueError(f'worker {n} failed')
    print(f'Worker {n} - Done it')
    return n

async def do_something():
    async with asyncio.TaskGroup() as tg:
        for n in range(4):
            tg.create_task(worker(n))
    print('never printed')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
