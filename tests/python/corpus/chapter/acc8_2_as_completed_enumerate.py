# The 34.6.2 listing numbering the results with enumerate, workers with distinct delays.
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    coros = [worker('A', 0.3), worker('B', 0.1), worker('C', 0.2)]
    for i, async_func in enumerate(asyncio.as_completed(coros), start=1):
        print(f'do_something - result {i}:', await async_func)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
