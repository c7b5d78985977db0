# cancelled one of the gathered tasks; with return_exceptions I get the CancelledError back
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def main():
    tasks = [asyncio.create_task(worker(l, 0.05 * (i + 1))) for i, l in enumerate('ABC')]
    asyncio.get_running_loop().call_later(0.02, tasks[1].cancel)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name()[:4], t.cancelled(), type(r).__name__, r if isinstance(r, str) else '')
    print(isinstance(results[1], asyncio.CancelledError), isinstance(results[1], Exception))

asyncio.run(main())
