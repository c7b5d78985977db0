# a worker that fails twice and a do_something that retries it
import asyncio

attempts = 0

async def worker():
    global attempts
    attempts += 1
    print(f'worker - attempt {attempts}')
    await asyncio.sleep(0.1)
    if attempts < 3:
        raise ConnectionError(f'attempt {attempts} failed')
    return 42

async def do_something(retries=5):
    for i in range(retries):
        try:
            result = await worker()
        except ConnectionError as e:
            print('do_something - retrying after:', e)
        else:
            print('do_something - result:', result)
            return result
    raise RuntimeError('no luck')

asyncio.run(do_something())
