# 34.4.1 under asyncio.run(debug=True) with logging's file and line: the loop's selector and close lines
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format='%(name)s %(filename)s:%(lineno)d %(funcName)s: %(message)s')

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.2)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something(), debug=True)
    print('Main - Done')

if __name__ == '__main__':
    main()
