import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise

async def parent(log):
    async with asyncio.TaskGroup() as tg:
        for n in ("c1", "c2", "c3"):
            tg.create_task(child(n, log))
    print("unreachable")

async def main():
    log = []
    p = asyncio.create_task(parent(log))
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled; children cancelled:", sorted(log))

asyncio.run(main())
