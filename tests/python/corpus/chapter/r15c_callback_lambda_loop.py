# 34.5 extended: several tasks, callbacks as lambdas with a default argument
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n * n

async def do_something():
    tasks = []
    for n in (3, 1, 2):
        task = asyncio.create_task(worker(n))
        task.add_done_callback(lambda t, n=n: print(f'callback for {n}: {t.result()}'))
        tasks.append(task)
    results = [await t for t in tasks]
    print('do_something - results:', results)

asyncio.run(do_something())
