# An event emitter that accepts both plain and async listeners and awaits the async ones together
import asyncio
import inspect


class Emitter:
    def __init__(self):
        self.listeners = {}

    def on(self, event):
        def register(fn):
            self.listeners.setdefault(event, []).append(fn)
            return fn
        return register

    async def emit(self, event, *args):
        pending = []
        for fn in self.listeners.get(event, []):
            result = fn(*args)
            if inspect.isawaitable(result):
                pending.append(result)
        return await asyncio.gather(*pending, return_exceptions=True)


bus = Emitter()


@bus.on("order")
def log_order(order_id):
    print("log: order", order_id)


@bus.on("order")
async def email(order_id):
    await asyncio.sleep(0.02)
    return f"emailed {order_id}"


@bus.on("order")
async def charge(order_id):
    await asyncio.sleep(0.01)
    if order_id % 2:
        raise RuntimeError(f"card declined for {order_id}")
    return f"charged {order_id}"


async def main():
    for oid in (2, 3):
        print(await bus.emit("order", oid))
    print(await bus.emit("refund", 9))


asyncio.run(main())
