# The 34.6.1 listing timed: three 0.3 s workers gathered take about 0.3 s, not 0.9 s.
import asyncio
import time

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.3)
    print('Worker - Done it')
    return 1

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(), worker(), worker())
    elapsed = time.perf_counter() - start
    print('results from calls:', results)
    print('concurrent (under 0.6 s):', elapsed < 0.6)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
