# The learner forgets await before worker(): prints a coroutine object and a warning
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result type:', type(result).__name__)
    print('is it 42?', result == 42)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
