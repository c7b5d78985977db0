# functools.singledispatch choosing an async handler by message type in a dispatcher loop
import asyncio
import functools
from dataclasses import dataclass

@dataclass
class Ping:
    seq: int

@dataclass
class Text:
    body: str

@functools.singledispatch
async def handle(msg):
    raise NotImplementedError(f"no handler for {type(msg).__name__}")

@handle.register
async def _(msg: Ping):
    await asyncio.sleep(0.01)
    return f"pong {msg.seq}"

@handle.register(Text)
async def _text(msg):
    return msg.body[::-1]

async def main():
    inbox = asyncio.Queue()
    for m in (Ping(1), Text("olleh"), Ping(2), 3.5):
        inbox.put_nowait(m)
    while not inbox.empty():
        m = await inbox.get()
        try:
            print(m, "->", await handle(m))
        except NotImplementedError as e:
            print("error:", e)
    print(sorted(t.__name__ for t in handle.registry))

asyncio.run(main())
