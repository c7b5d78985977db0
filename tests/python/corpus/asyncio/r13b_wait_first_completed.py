import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (5, 1, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.3)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print([t.cancelled() for t in done], pending)

asyncio.run(main())
