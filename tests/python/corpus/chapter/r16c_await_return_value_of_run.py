# 34.4.1 with asyncio.run's return value used by main
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    result = await worker()
    print('do_something - result:', result)
    return {'answer': result, 'ok': True}

def main():
    print('Main - Starting')
    outcome = asyncio.run(do_something())
    print('Main - got', outcome)
    print('Main - Done')

if __name__ == '__main__':
    main()
