# a worker calls exit('message') when it sees bad data
import asyncio

async def worker(value):
    await asyncio.sleep(0.05)
    if value < 0:
        exit(f'negative value {value}, giving up')
    return value * 2

async def main():
    print('Main - Starting')
    results = await asyncio.gather(worker(1), worker(-2), worker(3))
    print(results)

try:
    asyncio.run(main())
finally:
    print('Main - Done (finally)')
