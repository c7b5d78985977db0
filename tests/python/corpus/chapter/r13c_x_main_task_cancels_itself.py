import asyncio

async def do_something():
    print('do_something - cancelling myself')
    asyncio.current_task().cancel()
    await asyncio.sleep(0.01)
    print('never printed')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
