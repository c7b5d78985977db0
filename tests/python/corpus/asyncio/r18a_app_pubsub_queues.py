# publish/subscribe: one queue per subscriber, a slow subscriber with a bounded queue
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

async def reader(name, q, delay, out):
    while (msg := await q.get()) != 'END':
        await asyncio.sleep(delay)
        out.setdefault(name, []).append(msg)

async def main():
    hub, out = Hub(), {}
    readers = [asyncio.create_task(reader('fast', hub.subscribe('fast'), 0.001, out)),
               asyncio.create_task(reader('slow', hub.subscribe('slow', 2), 0.25, out))]
    for i in range(6):
        dropped = hub.publish(f'm{i}')
        if dropped:
            print(f'm{i} dropped for', dropped)
        await asyncio.sleep(0.1)
    while hub.publish('END'):
        await asyncio.sleep(0.1)
    await asyncio.gather(*readers)
    for name in sorted(out):
        print(name, out[name])

asyncio.run(main())
