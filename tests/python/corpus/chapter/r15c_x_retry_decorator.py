# a retrying decorator with arguments around a flaky async worker
import asyncio
import functools
import random

def retry(times, exceptions=(Exception,)):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as e:
                    print(f'  attempt {attempt} of {func.__qualname__} failed: {e!r}')
            raise RuntimeError(f'{func.__name__} failed {times} times')
        return wrapper
    return decorate

@retry(3, exceptions=(ConnectionError,))
async def worker(label):
    await asyncio.sleep(0.01)
    if random.random() < 0.6:
        raise ConnectionError(f'{label} dropped')
    return label + str(random.randint(1, 10))

async def do_something():
    results = await asyncio.gather(*(worker(l) for l in 'ABCD'), return_exceptions=True)
    print('results from calls:', results)

random.seed(5)
asyncio.run(do_something())
