import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def bad(d):
    await asyncio.sleep(d)
    raise RuntimeError(f"bad after {d}")

async def main():
    tasks = {asyncio.create_task(ok(0.05)), asyncio.create_task(bad(0.02)), asyncio.create_task(ok(0.01))}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in sorted(done, key=lambda t: repr(t.exception())):
        print("exception:", t.exception())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
