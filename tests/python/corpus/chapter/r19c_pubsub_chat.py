# A tiny chat room / pub-sub: one Queue per subscriber
import asyncio

class ChatRoom:
    def __init__(self):
        self.subscribers = {}

    def join(self, name):
        q = asyncio.Queue()
        self.subscribers[name] = q
        return q

    async def publish(self, sender, text):
        for name, q in self.subscribers.items():
            if name != sender:
                await q.put(f"[{sender}] {text}")

async def listener(name, q):
    while True:
        msg = await q.get()
        if msg is None:
            print(f"{name} left")
            break
        print(f"{name} sees: {msg}")

async def main():
    room = ChatRoom()
    tasks = [asyncio.create_task(listener(n, room.join(n))) for n in ("alice", "bob", "carol")]
    await room.publish("alice", "hi all")
    await asyncio.sleep(0.1)
    await room.publish("bob", "hey alice")
    await asyncio.sleep(0.1)
    for q in room.subscribers.values():
        await q.put(None)
    await asyncio.gather(*tasks)
    print("room closed", {n: q.qsize() for n, q in room.subscribers.items()})

asyncio.run(main())
