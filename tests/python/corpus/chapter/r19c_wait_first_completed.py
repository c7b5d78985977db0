# asyncio.wait with FIRST_COMPLETED: take the fastest mirror, cancel the rest
import asyncio

async def fetch_from(mirror, delay):
    await asyncio.sleep(delay)
    return f"data from {mirror}"

async def main():
    mirrors = {"eu": 0.3, "us": 0.1, "asia": 0.5}
    tasks = {asyncio.create_task(fetch_from(m, d), name=m) for m, d in mirrors.items()}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done])
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))
    done, pending = await asyncio.wait(
        [asyncio.create_task(fetch_from("x", d)) for d in (0.1, 0.5)], timeout=0.3)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
