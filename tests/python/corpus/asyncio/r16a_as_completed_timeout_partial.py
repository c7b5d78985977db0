# as_completed with a timeout: results come in completion order, then TimeoutError for the rest
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job(i, d)) for i, d in enumerate([0.4, 0.1, 0.9, 0.2])]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.5):
            got.append(await fut)
            print('got', got[-1], 'at', tenths(loop.time() - t0))
    except TimeoutError:
        print('timeout at', tenths(loop.time() - t0), 'after', got)
    print('still running:', [i for i, t in enumerate(tasks) if not t.done()])
    tasks[2].cancel()

asyncio.run(main())
