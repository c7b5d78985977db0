# Retry with exponential backoff: fails twice, then succeeds.
import asyncio

attempts = {'n': 0}

async def flaky():
    attempts['n'] += 1
    await asyncio.sleep(0.1)
    if attempts['n'] < 3:
        raise ConnectionError(f'attempt {attempts["n"]} failed')
    return 'payload'

async def with_retry(coro_fn, retries=4, base=0.1):
    for i in range(retries):
        try:
            return await coro_fn()
        except ConnectionError as e:
            wait = base * 2 ** i
            print(f'{e}; retrying in {wait:.1f}s')
            await asyncio.sleep(wait)
    raise RuntimeError('gave up')

print(asyncio.run(with_retry(flaky)))
