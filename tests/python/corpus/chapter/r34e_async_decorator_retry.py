# a retry decorator around a flaky async worker, seeded so it is the same every run
import asyncio
import functools
import random

random.seed(6)

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ConnectionError as e:
                    print(f'{fn.__name__}{args} attempt {attempt} failed: {e}')
                    await asyncio.sleep(0.01)
            raise RuntimeError(f'{fn.__name__} gave up after {times}')
        return wrapper
    return deco

@retry(3)
async def flaky(label):
    await asyncio.sleep(0.01)
    if random.random() < 0.6:
        raise ConnectionError('lost ' + label)
    return label

async def main():
    for label in 'ABC':
        print('got', await flaky(label))

asyncio.run(main())
