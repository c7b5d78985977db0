# asyncio.wait(FIRST_EXCEPTION): stop at the first failure, report it and cancel what's left.
import asyncio

async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

async def main():
    tasks = [asyncio.create_task(step("a", 0.01)), asyncio.create_task(step("b", 0.05, fail=True)),
             asyncio.create_task(step("c", 0.3)), asyncio.create_task(step("d", 0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_coro().cr_frame is None for t in done), len(done))
    for t in sorted(done, key=tasks.index):
        print(" ", t.exception() or t.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("pending cancelled:", all(t.cancelled() for t in pending), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(step("e", 0.01))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print("no failure ->", [t.result() for t in done], len(pending))

asyncio.run(main())
