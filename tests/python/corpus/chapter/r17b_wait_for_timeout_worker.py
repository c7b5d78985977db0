# wait_for around the 34.4 worker: a too-short timeout raises TimeoutError
import asyncio

async def worker(delay):
    print(f'worker - will take {delay}s')
    await asyncio.sleep(delay)
    return 42

async def do_something():
    for timeout in (0.5, 0.1):
        try:
            result = await asyncio.wait_for(worker(0.3), timeout=timeout)
            print(f'timeout {timeout}: result {result}')
        except asyncio.TimeoutError:
            print(f'timeout {timeout}: too slow')

asyncio.run(do_something())
