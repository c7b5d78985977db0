# A connection state machine task with Enum states and match on the events it receives
import asyncio
from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    CONNECTED = auto()
    CLOSED = auto()

async def connection(events: asyncio.Queue):
    state = State.IDLE
    while state is not State.CLOSED:
        event = await events.get()
        match (state, event):
            case (State.IDLE, "connect"):
                state = State.CONNECTED
            case (State.CONNECTED, ("send", data)):
                print("sending", data)
            case (_, "close"):
                state = State.CLOSED
            case _:
                print(f"ignored {event!r} in {state}")
        print("->", state.name)
    return state

async def main():
    q = asyncio.Queue()
    for ev in ["send", "connect", ("send", b"hi"), "connect", "close"]:
        q.put_nowait(ev)
    print(await connection(q))

asyncio.run(main())
