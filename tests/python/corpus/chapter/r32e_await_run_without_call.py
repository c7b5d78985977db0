# passed do_something to asyncio.run without the brackets
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    try:
        asyncio.run(do_something)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0])
    print('Main - Done')

if __name__ == '__main__':
    main()
