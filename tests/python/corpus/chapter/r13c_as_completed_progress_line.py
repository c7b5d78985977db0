import asyncio

async def worker(n):
    await asyncio.sleep(0.02 * n)
    return n * 10

async def do_something():
    tasks = [asyncio.create_task(worker(n)) for n in (3, 1, 4, 2)]
    done = 0
    results = []
    for fut in asyncio.as_completed(tasks):
        results.append(await fut)
        done += 1
        bar = '#' * done + '-' * (len(tasks) - done)
        print(f'\r[{bar}] {done}/{len(tasks)}', end='', flush=True)
    print()
    print('in finishing order:', results)

asyncio.run(do_something())
