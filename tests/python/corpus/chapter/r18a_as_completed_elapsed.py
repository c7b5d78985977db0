# 34.6.2 with labelled delays, printing the elapsed time of each result
import asyncio
import time

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    start = time.perf_counter()
    coros = [worker(l, d) for l, d in (('A', 0.3), ('B', 0.1), ('C', 0.2), ('D', 0.4))]
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        label = await fut
        elapsed = time.perf_counter() - start
        print(f'{i}. {label} after about {int(elapsed * 10) / 10}s')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
