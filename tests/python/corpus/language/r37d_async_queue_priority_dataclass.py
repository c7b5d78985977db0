# A PriorityQueue of ordered dataclass tasks served by two async workers, with join and task_done.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Ticket:
    priority: int
    seq: int
    title: str = field(compare=False)

async def agent(name, q, log):
    while True:
        t = await q.get()
        await asyncio.sleep(0.01 * (1 + t.priority))
        log.append(f"{name} handled {t.title} (p{t.priority})")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for seq, (p, title) in enumerate([(3, "typo"), (1, "outage"), (2, "slow page"), (1, "data loss"), (3, "color")]):
        q.put_nowait(Ticket(p, seq, title))
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    log = []
    workers = [asyncio.create_task(agent(n, q, log)) for n in ("ann", "bob")]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print("\n".join(log))
    print([type(r).__name__ for r in res], q.empty())
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q2.full())
    q2.get_nowait()
    q2.task_done()
    q2.task_done()

asyncio.run(main())
