# functools.singledispatch picking async handlers by event type.
import asyncio
from dataclasses import dataclass
from functools import singledispatch

@dataclass
class Click:
    x: int
    y: int

@dataclass
class Key:
    char: str

@singledispatch
async def handle(event):
    raise NotImplementedError(f"no handler for {type(event).__name__}")

@handle.register
async def _(event: Click):
    await asyncio.sleep(0)
    return f"click at ({event.x}, {event.y})"

@handle.register
async def _(event: Key):
    return f"key {event.char!r}"

async def main():
    for ev in [Click(1, 2), Key("q"), Click(0, 0)]:
        print(await handle(ev))
    print(await asyncio.gather(*(handle(e) for e in [Key("a"), Key("b")])))
    print(sorted(t.__name__ for t in handle.registry))
    await handle("not an event")

asyncio.run(main())
