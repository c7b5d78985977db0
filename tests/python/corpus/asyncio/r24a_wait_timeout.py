import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.01, 0.05, 0.3)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    print("results", sorted(t.result() for t in done))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", [t.cancelled() for t in done], len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.wait([job(0.01)])

asyncio.run(main())
