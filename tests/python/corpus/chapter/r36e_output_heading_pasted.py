# pasted the listing and also the sentence that introduces its output
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
When this program is executed the output is:
