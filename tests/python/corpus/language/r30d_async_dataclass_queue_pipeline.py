# A three-stage async pipeline passing frozen dataclasses through queues, ended by sentinels
import asyncio
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Order:
    id: int
    item: str
    qty: int
    status: str = "new"


async def stage(name, inbox, outbox, transform):
    while True:
        order = await inbox.get()
        if order is None:
            await outbox.put(None)
            return name
        await asyncio.sleep(0.005)
        await outbox.put(transform(order))


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [
        asyncio.create_task(stage("pack", q1, q2, lambda o: replace(o, status="packed"))),
        asyncio.create_task(stage("ship", q2, q3, lambda o: replace(o, status=f"shipped x{o.qty}"))),
    ]
    for i, (item, qty) in enumerate([("pen", 3), ("ink", 1), ("pad", 2)], 1):
        await q1.put(Order(i, item, qty))
    await q1.put(None)
    while (o := await q3.get()) is not None:
        print(o)
    print(await asyncio.gather(*workers))
    o.status = "lost"


asyncio.run(main())
