# wait(FIRST_EXCEPTION) when nothing fails behaves like ALL_COMPLETED; with a failure it stops early
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad():
    await asyncio.sleep(0.02)
    raise LookupError("missing")


async def main():
    done, pending = await asyncio.wait([asyncio.create_task(ok(i)) for i in (1, 2, 3)],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(bad()), asyncio.create_task(ok(30))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t in done:
            print("done:", t.exception() or t.result())
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED)


asyncio.run(main())
