# Debug print of task states: name, done, cancelled, and the coroutine's name, sorted by name
import asyncio

async def worker(d):
    await asyncio.sleep(d)
    return d

async def failer():
    raise LookupError("nope")

def state(t):
    if not t.done():
        return "pending"
    if t.cancelled():
        return "cancelled"
    if t.exception() is not None:
        return f"failed({t.exception()!r})"
    return f"done({t.result()})"

async def main():
    ts = [
        asyncio.create_task(worker(0.01), name="quick"),
        asyncio.create_task(worker(0.5), name="slow"),
        asyncio.create_task(failer(), name="bad"),
        asyncio.create_task(worker(0.5), name="doomed"),
    ]
    await asyncio.sleep(0.05)
    ts[3].cancel()
    await asyncio.sleep(0)
    me = asyncio.current_task()
    print("me:", me.get_name(), me.get_coro().__qualname__)
    for t in sorted(asyncio.all_tasks() | set(ts), key=lambda t: t.get_name()):
        print(f"{t.get_name():8} {t.get_coro().__name__:8} {state(t)}")
    ts[1].cancel()

asyncio.run(main())
