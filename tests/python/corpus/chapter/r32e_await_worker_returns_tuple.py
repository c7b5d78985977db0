# I made the worker return two things and unpacked them
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.02)
    print('worker - done it')
    return 42, 'the answer'

async def do_something():
    print('do_something - will wait for worker')
    number, meaning = await worker()
    print(f'do_something - result: {number} ({meaning})')
    print('do_something - as repr:', repr((number, meaning)))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
