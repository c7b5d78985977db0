# An async event bus with typed handlers registered by decorator, dispatched with gather.
import asyncio
from collections import defaultdict
from typing import Awaitable, Callable

Handler = Callable[[dict], Awaitable[str]]
handlers: defaultdict[str, list[Handler]] = defaultdict(list)

def on(event: str):
    def register(fn: Handler) -> Handler:
        handlers[event].append(fn)
        return fn
    return register

@on("signup")
async def send_welcome(payload):
    await asyncio.sleep(0.02)
    return f"welcome mail to {payload['email']}"

@on("signup")
async def add_to_crm(payload):
    await asyncio.sleep(0.01)
    return f"crm record {payload['email'].split('@')[0]}"

@on("delete")
async def purge(payload):
    raise PermissionError(f"cannot delete {payload['id']}")

async def emit(event, payload):
    results = await asyncio.gather(*(h(payload) for h in handlers[event]), return_exceptions=True)
    for h, r in zip(handlers[event], results):
        status = "FAIL" if isinstance(r, BaseException) else "ok"
        print(f"{event:>7}:{h.__name__:<14}{status:5}{r!r}")
    return results

async def main():
    await emit("signup", {"email": "ada@example.org"})
    await emit("delete", {"id": 7})
    print(await emit("unknown", {}), dict(handlers).keys())
    print(send_welcome.__annotations__, Handler)

asyncio.run(main())
