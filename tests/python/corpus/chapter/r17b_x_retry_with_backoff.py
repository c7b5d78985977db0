# A worker that fails twice then succeeds, retried with a growing delay
import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0.01)
    if attempts < 3:
        raise ConnectionError(f'attempt {attempts} failed')
    return 'data'

async def retry(coro_fn, tries=5, delay=0.05):
    for i in range(1, tries + 1):
        try:
            return await coro_fn()
        except ConnectionError as e:
            print(f'try {i}: {e}; waiting {delay:.2f}s')
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError('gave up')

async def main():
    print('result:', await retry(flaky))
    global attempts
    attempts = -10
    await retry(flaky, tries=2)

asyncio.run(main())
