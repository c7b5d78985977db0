# asyncio.wait with a timeout; print which tasks are still pending by name, sorted
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    tasks = [asyncio.create_task(worker(d), name=f'w{d}') for d in (0.05, 0.4, 0.1, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print('cancelled:', sorted(t.get_name() for t in tasks if t.cancelled()))

asyncio.run(main())
