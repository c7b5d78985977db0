import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Ticket:
    priority: int
    title: str = field(compare=False)


async def support_agent(q: asyncio.PriorityQueue):
    while True:
        ticket = await q.get()
        print(f"handling P{ticket.priority}: {ticket.title}")
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for p, title in [(3, "typo on homepage"), (1, "site down"), (2, "slow login"),
                     (1, "payments failing"), (5, "feature idea")]:
        q.put_nowait(Ticket(p, title))
    print("queued:", q.qsize())
    agent = asyncio.create_task(support_agent(q))
    await q.join()
    agent.cancel()
    print("all handled, empty:", q.empty())


asyncio.run(main())
