# asyncio.Runner keeps one loop for several run() calls, so a queue survives between them.
import asyncio

async def fill(q, items):
    for it in items:
        await q.put(it)
    return q.qsize()

async def drain(q):
    out = []
    while not q.empty():
        out.append(await q.get())
    return out

with asyncio.Runner() as runner:
    q = asyncio.Queue()
    print("filled:", runner.run(fill(q, "abc")))
    print("filled:", runner.run(fill(q, [1, 2])))
    print("drained:", runner.run(drain(q)))
    loop = runner.get_loop()
    print("loop running?", loop.is_running(), "closed?", loop.is_closed())
print("after with, closed?", loop.is_closed())
try:
    runner.run(drain(q))
except RuntimeError as e:
    print("RuntimeError:", e)
