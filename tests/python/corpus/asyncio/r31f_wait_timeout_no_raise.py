# asyncio.wait with a timeout does not raise; it returns done and pending sets
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.01, 0.02, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print("done:", sorted(t.result() for t in done))
    print("pending:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print([t.cancelled() for t in done2], pending2)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
