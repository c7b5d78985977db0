import asyncio

async def job(n, fail=False):
    await asyncio.sleep(0.01 * n)
    if fail:
        raise LookupError(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n, fail=n == 2)) for n in range(1, 4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    for t in tasks:
        if t.exception():
            print("failed:", repr(t.exception()))
        else:
            print("ok:", t.result())
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
