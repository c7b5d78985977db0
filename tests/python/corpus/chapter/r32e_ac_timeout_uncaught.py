# as_completed timeout with no try/except - the traceback
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    for coro in asyncio.as_completed([worker('A', 0.02), worker('B', 0.5)], timeout=0.1):
        result = await coro
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
