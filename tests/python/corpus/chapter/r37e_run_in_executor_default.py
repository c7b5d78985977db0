# the older way: loop.run_in_executor(None, time.sleep, ...) so the blocking worker doesn't block
import asyncio
import time

async def worker(name):
    loop = asyncio.get_running_loop()
    print(name, '- will take some time')
    await loop.run_in_executor(None, time.sleep, 0.1)
    print(name, '- done it')
    return name.lower()

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker('A'), worker('B'))
    print(results, 'in parallel:', time.perf_counter() - start < 0.19)

asyncio.run(do_something())
