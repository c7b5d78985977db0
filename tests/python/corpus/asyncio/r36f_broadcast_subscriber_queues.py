# A pub/sub hub that broadcasts each message to one Queue per subscriber.
import asyncio

class Hub:
    def __init__(self):
        self.subs = set()

    def subscribe(self):
        q = asyncio.Queue()
        self.subs.add(q)
        return q

    def publish(self, msg):
        for q in self.subs:
            q.put_nowait(msg)

async def listener(name, hub, stop_after):
    q = hub.subscribe()
    got = []
    while len(got) < stop_after:
        got.append(await q.get())
    hub.subs.discard(q)
    print(f"{name} got {got}")

async def main():
    hub = Hub()
    listeners = [asyncio.create_task(listener(n, hub, k)) for n, k in [("A", 2), ("B", 4)]]
    await asyncio.sleep(0)
    for i, msg in enumerate(["hi", "news", "weather", "bye"]):
        hub.publish(msg)
        print("published", msg, "to", len(hub.subs))
        await asyncio.sleep(0.01)
    await asyncio.gather(*listeners)

asyncio.run(main())
