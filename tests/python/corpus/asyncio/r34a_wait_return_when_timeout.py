# asyncio.wait with FIRST_EXCEPTION and a timeout: which tasks land in done and pending
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d, f), name=n)
             for n, d, f in [("a", 0.01, False), ("b", 0.1, True), ("c", 0.5, False)]}
    done, pending = await asyncio.wait(tasks, timeout=0.3, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    done, pending = await asyncio.wait(pending, timeout=0.05)
    print("second wait:", len(done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("finally:", [t.cancelled() for t in done])


asyncio.run(main())
