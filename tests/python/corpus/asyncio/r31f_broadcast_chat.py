# A tiny chat room: one queue per subscriber, broadcast messages, then leave
import asyncio

class Room:
    def __init__(self):
        self.subs = {}

    def join(self, name):
        q = asyncio.Queue()
        self.subs[name] = q
        return q

    async def say(self, sender, text):
        for name, q in self.subs.items():
            if name != sender:
                await q.put(f"{sender}: {text}")

    def close(self):
        for q in self.subs.values():
            q.put_nowait(None)

async def listen(name, q):
    got = []
    while (msg := await q.get()) is not None:
        got.append(msg)
    print(f"{name} received {got}")

async def main():
    room = Room()
    listeners = [asyncio.create_task(listen(n, room.join(n))) for n in ("ann", "bob", "cy")]
    await room.say("ann", "hi all")
    await asyncio.sleep(0.01)
    await room.say("bob", "hey ann")
    await room.say("cy", "o/")
    room.close()
    await asyncio.gather(*listeners)

asyncio.run(main())
