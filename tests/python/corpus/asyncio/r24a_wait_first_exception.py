import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    return name

async def main():
    ts = [
        asyncio.create_task(job("a", 0.01), name="a"),
        asyncio.create_task(job("b", 0.03, fail=True), name="b"),
        asyncio.create_task(job("c", 0.2), name="c"),
    ]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "exception:", repr(t.exception()))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts[:1], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    ts[2].cancel()

asyncio.run(main())
