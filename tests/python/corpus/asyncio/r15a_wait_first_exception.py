# wait(FIRST_EXCEPTION) returns as soon as one task fails
import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def fail():
    await asyncio.sleep(0.15)
    raise OSError("disk full")

async def main():
    tasks = [asyncio.create_task(ok(0.1)), asyncio.create_task(fail()), asyncio.create_task(ok(0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", len(done), "pending:", len(pending))
    for t in tasks:
        if t in done:
            print("exception:", repr(t.exception()))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
