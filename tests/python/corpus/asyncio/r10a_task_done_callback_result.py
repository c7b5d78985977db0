import asyncio

results = {}

def on_done(t):
    if t.cancelled():
        results[t.get_name()] = 'cancelled'
    elif t.exception() is not None:
        results[t.get_name()] = 'error: ' + repr(t.exception())
    else:
        results[t.get_name()] = t.result()

async def job(n):
    await asyncio.sleep(n / 100)
    if n == 2:
        raise RuntimeError('two')
    return n * 10

async def main():
    tasks = []
    for n in range(4):
        t = asyncio.create_task(job(n), name=f'job{n}')
        t.add_done_callback(on_done)
        tasks.append(t)
    tasks[3].cancel()
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    for k in sorted(results):
        print(k, results[k])

asyncio.run(main())
