# An order-processing simulation: dataclasses, an Enum state, a PriorityQueue and workers
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto

class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    FAILED = auto()

@dataclass(order=True)
class Order:
    priority: int
    oid: str = field(compare=False)
    amount: float = field(compare=False)
    state: State = field(default=State.NEW, compare=False)

async def pay(order):
    await asyncio.sleep(0.01)
    if order.amount > 500:
        raise ValueError(f"{order.oid}: amount {order.amount:.2f} over limit")
    order.state = State.PAID

async def worker(name, q, log):
    while True:
        order = await q.get()
        try:
            await pay(order)
            order.state = State.SHIPPED
        except ValueError as e:
            order.state = State.FAILED
            log.append(f"{name}: {e}")
        finally:
            q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    orders = [Order(2, "A1", 120.5), Order(1, "B2", 999.0), Order(3, "C3", 42.0), Order(1, "D4", 15.25)]
    for o in orders:
        q.put_nowait(o)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    for o in sorted(orders):
        print(f"{o.oid:>3} prio={o.priority} {o.amount:>8.2f} {o.state.name}")
    print(*log, sep="\n")
    print({s.name: sum(o.state is s for o in orders) for s in State})

asyncio.run(main())
