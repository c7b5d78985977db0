# forgot to close the asyncio.run( in main
import asyncio

async def do_something():
    await asyncio.sleep(0.01)
    print('done')

def main():
    print('Main - Starting')
    asyncio.run(do_something()
    print('Main - Done')

if __name__ == '__main__':
    main()
