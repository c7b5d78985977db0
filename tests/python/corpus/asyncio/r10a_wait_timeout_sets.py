import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d), name=f't{d}') for d in (0.01, 0.02, 0.3, 0.4)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(type(done).__name__, sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print('pending still running:', all(not t.done() for t in pending))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
