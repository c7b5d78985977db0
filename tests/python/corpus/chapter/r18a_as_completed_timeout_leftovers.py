# 34.6.2 with a timeout: as_completed does not cancel the workers it gave up on
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print('Worker', label, '- cancelled')
        raise
    print('Worker', label, '- Done it')
    return label + str(delay)

async def do_something():
    try:
        for async_func in asyncio.as_completed((worker('A', 0.3),
                                               worker('B', 0.1),
                                               worker('C', 0.5)), timeout=0.2):
            result = await async_func
            print('do_something - result:', result)
    except asyncio.TimeoutError as e:
        print('do_something - timed out', type(e).__name__, e.args)
    await asyncio.sleep(0.15)
    print('do_something - leaving')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
