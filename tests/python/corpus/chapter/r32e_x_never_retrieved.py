# created a task that fails but never awaited it
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise ValueError('nobody is listening')

async def do_something():
    asyncio.create_task(worker())
    print('do_something - task made, not awaited')
    await asyncio.sleep(0.05)
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
