# Chat room simulation: one queue per client, a broadcaster fans messages out
import asyncio

class ChatRoom:
    def __init__(self):
        self.clients: dict[str, asyncio.Queue] = {}

    def join(self, name):
        self.clients[name] = asyncio.Queue()
        return self.clients[name]

    async def broadcast(self, sender, text):
        for name, q in self.clients.items():
            if name != sender:
                await q.put(f"{sender}: {text}")

async def client(name, inbox, expect):
    received = []
    for _ in range(expect):
        received.append(await inbox.get())
    return name, received

async def main():
    room = ChatRoom()
    inboxes = {n: room.join(n) for n in ("ann", "bob", "cy")}
    readers = [asyncio.create_task(client(n, q, 2)) for n, q in inboxes.items()]
    await room.broadcast("ann", "hi all")
    await asyncio.sleep(0.01)
    await room.broadcast("bob", "hey ann")
    await room.broadcast("cy", "yo")
    for name, msgs in await asyncio.gather(*readers):
        print(name, msgs)

asyncio.run(main())
