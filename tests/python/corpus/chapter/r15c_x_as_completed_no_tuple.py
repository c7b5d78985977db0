# as_completed given the workers as separate arguments instead of a tuple
import asyncio

async def worker(label):
    await asyncio.sleep(0.1)
    return label

async def do_something():
    for async_func in asyncio.as_completed(worker('A'), worker('B'), worker('C')):
        print(await async_func)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
