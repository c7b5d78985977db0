# asyncio.wait: ALL_COMPLETED with a timeout splits tasks into done and pending sets (printed sorted by name).
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d), name=f'job{d}') for d in (0.01, 0.02, 0.5, 0.6)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    print(type(done).__name__, type(pending).__name__)
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sum(t.cancelled() for t in done))

asyncio.run(main())
