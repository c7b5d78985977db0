# Publish/subscribe: each subscriber has its own Queue, the broker fans messages out
import asyncio

class Broker:
    def __init__(self):
        self.subs = {}

    def subscribe(self, name):
        q = asyncio.Queue()
        self.subs[name] = q
        return q

    async def publish(self, msg):
        for q in self.subs.values():
            await q.put(msg)

async def subscriber(name, q):
    got = []
    while (msg := await q.get()) != "bye":
        got.append(msg)
    print(name, "got", got)

async def main():
    broker = Broker()
    tasks = [asyncio.create_task(subscriber(n, broker.subscribe(n))) for n in ("ann", "ben")]
    for msg in ["hi", "news", "bye"]:
        await broker.publish(msg)
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)

asyncio.run(main())
