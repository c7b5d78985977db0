# wait() with a timeout returns what finished; nothing is cancelled for you
import asyncio

async def job(n):
    await asyncio.sleep(n * 0.1)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 5, 6)]
    done, pending = await asyncio.wait(tasks, timeout=0.35)
    print("done:", sorted(t.result() for t in done))
    print("pending:", len(pending), "cancelled:", any(t.cancelled() for t in pending))
    done2, pending2 = await asyncio.wait(pending)
    print("finally:", sorted(t.result() for t in done2), len(pending2))

asyncio.run(main())
