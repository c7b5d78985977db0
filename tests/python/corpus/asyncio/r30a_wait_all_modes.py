# asyncio.wait in its three return_when modes, printing sorted task names
import asyncio

async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise OSError("disk on fire")
    return delay

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def run(mode):
    tasks = [asyncio.create_task(job(0.05, False), name="fast"),
             asyncio.create_task(job(0.15, True), name="broken"),
             asyncio.create_task(job(0.3), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=mode)
    print(mode, "done:", names(done), "pending:", names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(tasks)
    for t in tasks:
        if not t.cancelled() and t.exception():
            print("  ", t.get_name(), "raised", repr(t.exception()))

async def main():
    for mode in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        await run(mode)

asyncio.run(main())
