# wait(FIRST_EXCEPTION) on named tasks: report done and pending by name, then clean up
import asyncio

async def step(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

async def main():
    tasks = [asyncio.create_task(step(n, d, f), name=n) for n, d, f in
             [("load", 0.02, False), ("parse", 0.1, True), ("index", 0.4, False), ("upload", 0.5, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=asyncio.Task.get_name):
        print(f"  {t.get_name()}: {t.exception() or t.result()!r}")
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("all cancelled:", all(t.cancelled() for t in pending))

asyncio.run(main())
