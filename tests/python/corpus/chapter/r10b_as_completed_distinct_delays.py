# 34.6.2 with delays chosen so the order is known.
import asyncio

async def worker(label, delay):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(delay)
    print('Worker', label, '- Done it')
    return label + str(int(delay * 100))

async def do_something():
    for async_func in asyncio.as_completed((worker('A', 0.3),
                                           worker('B', 0.1),
                                           worker('C', 0.2))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
