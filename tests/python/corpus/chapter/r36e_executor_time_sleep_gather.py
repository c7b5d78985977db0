# kept the book's time.sleep but pushed it into the default executor so gather overlaps them
import asyncio
import time

def blocking_work(label, delay):
    time.sleep(delay)
    return f'{label} finished'

async def worker(label, delay):
    print(f'worker {label} - will take some time')
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_work, label, delay)
    print(f'worker {label} - done it')
    return result

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker('A', 0.1), worker('B', 0.2), worker('C', 0.3))
    elapsed = time.perf_counter() - start
    print(results)
    print('overlapped (under 0.45s)?', elapsed < 0.45)

asyncio.run(do_something())
