# Dispatching incoming messages to async handlers chosen by singledispatch on message type
import asyncio
from functools import singledispatch
from dataclasses import dataclass

@dataclass
class Ping:
    n: int

@dataclass
class Text:
    body: str

@singledispatch
async def handle(msg):
    raise NotImplementedError(f"no handler for {type(msg).__name__}")

@handle.register
async def _(msg: Ping):
    await asyncio.sleep(0.01)
    return f"pong {msg.n}"

@handle.register
async def _(msg: Text):
    await asyncio.sleep(0.02)
    return msg.body[::-1]

async def main():
    msgs = [Ping(1), Text("hello"), Ping(2)]
    print(await asyncio.gather(*(handle(m) for m in msgs)))
    results = await asyncio.gather(handle(3.5), handle(Text("ok")), return_exceptions=True)
    print(results)
    await handle([1, 2])

asyncio.run(main())
