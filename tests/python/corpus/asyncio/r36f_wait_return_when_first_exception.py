# asyncio.wait with FIRST_EXCEPTION: stop at the first failure and inspect done/pending sets.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

async def main():
    tasks = {asyncio.create_task(job(n, d, f), name=n)
             for n, d, f in [("a", 0.05, False), ("b", 0.15, True), ("c", 0.4, False)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()) if t.exception() else t.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in pending])

asyncio.run(main())
