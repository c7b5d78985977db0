# An async order state machine with enum.StrEnum (new in 3.11) and match on the state
import asyncio
from enum import StrEnum, auto

class State(StrEnum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()

async def advance(state: State) -> State:
    await asyncio.sleep(0.01)
    match state:
        case State.NEW:
            return State.PAID
        case State.PAID:
            return State.SHIPPED
        case State.SHIPPED:
            return State.DELIVERED
        case _:
            raise ValueError(f"cannot advance from {state}")

async def main():
    s = State.NEW
    while s != State.DELIVERED:
        nxt = await advance(s)
        print(f"{s} -> {nxt}   ({s!r})")
        s = nxt
    print(list(State), State("paid") is State.PAID, f"{State.NEW:>8}|", State.NEW.upper())
    await advance(s)

asyncio.run(main())
