# A tiny pub/sub hub: each subscriber is an async iterator over its own Queue.
import asyncio

class Hub:
    def __init__(self):
        self.subscribers = []

    def publish(self, msg):
        for q in self.subscribers:
            q.put_nowait(msg)

    async def subscribe(self):
        q = asyncio.Queue()
        self.subscribers.append(q)
        try:
            while (msg := await q.get()) != "END":
                yield msg
        finally:
            self.subscribers.remove(q)

async def reader(name, hub, n):
    got = []
    async for msg in hub.subscribe():
        got.append(msg)
        if len(got) == n:
            break
    print(name, got)

async def main():
    hub = Hub()
    tasks = [asyncio.create_task(reader("r1", hub, 10)), asyncio.create_task(reader("r2", hub, 2))]
    await asyncio.sleep(0)
    print("subscribers:", len(hub.subscribers))
    for m in ["hello", "news", "weather", "END"]:
        hub.publish(m)
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)
    print("subscribers:", len(hub.subscribers))

asyncio.run(main())
