# traceback.print_stack() inside the worker to see who called it
import asyncio
import traceback

async def worker():
    print('worker - will take some time')
    traceback.print_stack()
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
