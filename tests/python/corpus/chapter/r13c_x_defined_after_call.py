import asyncio

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()

async def do_something():
    await asyncio.sleep(0.01)
    print('do_something - done')
