# a countdown on one line with end='' and flush=True while the worker sleeps
import asyncio

async def countdown(n):
    for i in range(n, 0, -1):
        print(i, end=' ', flush=True)
        await asyncio.sleep(0.05)
    print('liftoff!')

async def worker():
    await asyncio.sleep(0.12)
    return 'payload ready'

async def main():
    _, payload = await asyncio.gather(countdown(5), worker())
    print(payload)
    print('no newline at the end', end='')

asyncio.run(main())
