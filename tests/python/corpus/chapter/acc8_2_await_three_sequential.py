# The 34.4.1 listing awaiting worker three times in a loop with asyncio.sleep: sequential, not concurrent.
import asyncio

async def worker(n):
    print('worker', n, '- will take some time')
    await asyncio.sleep(0.1)
    print('worker', n, '- done it')
    return n * 10

async def do_something():
    print('do_something - will wait for worker')
    results = []
    for n in range(3):
        results.append(await worker(n))
    print('do_something - results:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
