# Processing orders asynchronously: dataclasses, an enum state, gather and a summary Counter
import asyncio
from dataclasses import dataclass, field
from enum import Enum
from collections import Counter


class State(Enum):
    NEW = "new"
    PAID = "paid"
    FAILED = "failed"


@dataclass
class Order:
    oid: int
    amount: float
    state: State = State.NEW
    log: list[str] = field(default_factory=list)


async def process(order: Order) -> Order:
    await asyncio.sleep(0.01 * order.oid)
    if order.amount <= 0:
        order.state = State.FAILED
        order.log.append("bad amount")
    else:
        order.state = State.PAID
        order.log.append(f"charged {order.amount:.2f}")
    return order


async def main():
    orders = [Order(i, amt) for i, amt in enumerate([9.5, 0, 12.25, -3, 100], start=1)]
    done = await asyncio.gather(*(process(o) for o in orders))
    for o in done:
        print(o)
    print(Counter(o.state.name for o in done))
    return sum(o.amount for o in done if o.state is State.PAID)


print(f"total = {asyncio.run(main()):.2f}")
