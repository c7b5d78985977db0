# Publish/subscribe: one queue per subscriber, a slow subscriber with a bounded queue drops messages
import asyncio


class Hub:
    def __init__(self):
        self.subs = {}

    def subscribe(self, name, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subs[name] = q
        return q

    def publish(self, msg):
        dropped = []
        for name, q in self.subs.items():
            try:
                q.put_nowait(msg)
            except asyncio.QueueFull:
                dropped.append(name)
        return dropped


async def consume(name, q, delay, seen):
    while (msg := await q.get()) != "END":
        seen.setdefault(name, []).append(msg)
        await asyncio.sleep(delay)


async def main():
    hub = Hub()
    seen = {}
    tasks = [asyncio.create_task(consume("fast", hub.subscribe("fast"), 0, seen)),
             asyncio.create_task(consume("slow", hub.subscribe("slow", 2), 0.05, seen))]
    await asyncio.sleep(0)
    for burst in (range(4), range(4, 7)):
        for i in burst:
            print(i, "dropped by", hub.publish(i))
        await asyncio.sleep(0.25)
    hub.publish("END")
    await asyncio.gather(*tasks)
    print(seen)


asyncio.run(main())
