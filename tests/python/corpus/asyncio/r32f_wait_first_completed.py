# asyncio.wait with FIRST_COMPLETED: take the fastest mirror, cancel the rest
import asyncio

async def mirror(name, delay):
    await asyncio.sleep(delay)
    return f"data from {name}"

async def main():
    tasks = {asyncio.create_task(mirror(n, d), name=n) for n, d in [("eu", 0.15), ("us", 0.02), ("asia", 0.3)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.get_name() for t in done])
    print("result:", done.pop().result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("pending cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))
    done, pending = await asyncio.wait([asyncio.create_task(mirror("x", 0.2))], timeout=0.02)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
