# A pub/sub broker: each subscriber gets its own Queue; one unsubscribes half way
import asyncio

class Broker:
    def __init__(self):
        self.subs = {}

    def subscribe(self, name):
        q = asyncio.Queue()
        self.subs[name] = q
        return q

    def unsubscribe(self, name):
        q = self.subs.pop(name)
        q.put_nowait(None)

    def publish(self, msg):
        for q in self.subs.values():
            q.put_nowait(msg)
        return len(self.subs)

async def listener(name, q):
    got = []
    while (msg := await q.get()) is not None:
        got.append(msg)
    return name, got

async def main():
    b = Broker()
    tasks = [asyncio.create_task(listener(n, b.subscribe(n))) for n in ("ann", "ben", "cat")]
    print("delivered to", b.publish("hello"))
    await asyncio.sleep(0)
    b.unsubscribe("ben")
    print("delivered to", b.publish("news"))
    for n in list(b.subs):
        b.unsubscribe(n)
    print("delivered to", b.publish("nobody hears this"))
    for name, got in await asyncio.gather(*tasks):
        print(f"{name}: {got}")

asyncio.run(main())
