import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("x", 0.05), ("y", 0.01), ("z", 0.1)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    done2, pending2 = await asyncio.wait(pending, return_when="FIRST_COMPLETED")
    print("done:", names(done2), "pending:", names(pending2))
    for t in pending2:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
