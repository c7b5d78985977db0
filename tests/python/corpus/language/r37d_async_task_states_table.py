# A table of task states during a run: pending, done, cancelled, failed, with names and results.
import asyncio

async def job(kind, delay):
    await asyncio.sleep(delay)
    if kind == "fail":
        raise ValueError(f"{kind} after {delay}")
    return f"{kind} ok"

def row(t):
    if not t.done():
        state, detail = "pending", ""
    elif t.cancelled():
        state, detail = "cancelled", ""
    elif t.exception():
        state, detail = "failed", repr(t.exception())
    else:
        state, detail = "done", t.result()
    return f"{t.get_name():<6}{state:<10}{detail}"

async def main():
    tasks = [asyncio.create_task(job(k, d), name=n) for n, k, d in
             [("t1", "ok", 0.05), ("t2", "fail", 0.1), ("t3", "slow", 0.5), ("t4", "ok", 0.3)]]
    await asyncio.sleep(0.2)
    tasks[2].cancel()
    await asyncio.sleep(0)
    print("\n".join(row(t) for t in tasks))
    print("---")
    await asyncio.wait(tasks)
    print("\n".join(row(t) for t in tasks))
    print(sum(t.done() for t in tasks), [t.cancelling() for t in tasks])
    tasks[2].result()

asyncio.run(main())
