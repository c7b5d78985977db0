# Calling do_something() directly instead of asyncio.run: nothing of it runs
import asyncio

async def do_something():
    print('do_something - never printed')
    await asyncio.sleep(0.1)

def main():
    print('Main - Starting')
    coro = do_something()
    print('Main - got a', type(coro).__name__)
    print('Main - Done')

if __name__ == '__main__':
    main()
