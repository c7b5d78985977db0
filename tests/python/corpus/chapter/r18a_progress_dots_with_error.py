# a progress line built with end='' while a failed task is reported on stderr
import asyncio
import gc

async def step(i):
    await asyncio.sleep(0.01)
    if i == 2:
        raise RuntimeError('step 2 broke')
    return i

async def do_something():
    print('progress: ', end='')
    for i in range(5):
        t = asyncio.create_task(step(i))
        await asyncio.wait([t])
        print('.' if t.exception() is None or i != 2 else 'x', end='', flush=True)
        if i == 2:
            t = None
            gc.collect()
    print(' done')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
