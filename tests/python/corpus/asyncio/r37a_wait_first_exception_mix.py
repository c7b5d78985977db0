# wait(FIRST_EXCEPTION) returns as soon as one task raises; the done set may hold finished successes too
import asyncio


async def ok(n, d):
    await asyncio.sleep(d)
    return n


async def bad(d):
    await asyncio.sleep(d)
    raise ArithmeticError("overflowed")


async def main():
    tasks = [asyncio.create_task(ok(1, 0.01), name="ok1"),
             asyncio.create_task(bad(0.1), name="bad"),
             asyncio.create_task(ok(2, 0.3), name="ok2")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()))
    done2, pending2 = await asyncio.wait(pending, timeout=0.05)
    print(len(done2), len(pending2))
    for t in pending2:
        t.cancel()
    print(await asyncio.gather(*tasks, return_exceptions=True))


asyncio.run(main())
