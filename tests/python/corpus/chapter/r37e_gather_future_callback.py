# hung a done callback on the gather itself, not on the single tasks
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * n

def all_done(fut):
    print('all_done callback:', fut.result(), type(fut).__name__)

async def main():
    group = asyncio.gather(worker(3), worker(1), worker(2))
    group.add_done_callback(all_done)
    print('waiting...')
    print('main got', await group)
    bad = asyncio.gather(worker(1), asyncio.sleep(0.01, result=ValueError('x')))
    bad.add_done_callback(lambda f: print('bad group exception:', f.exception()))
    print(await bad)

asyncio.run(main())
