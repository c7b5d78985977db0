import asyncio


class ChatRoom:
    def __init__(self):
        self.members: dict[str, asyncio.Queue] = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    async def say(self, sender, text):
        for name, q in self.members.items():
            if name != sender:
                await q.put(f"{sender}: {text}")

    def leave(self, name):
        self.members.pop(name).put_nowait(None)


async def client(room, name, inbox):
    received = []
    while (msg := await inbox.get()) is not None:
        received.append(msg)
    print(f"{name} got {received}")


async def main():
    room = ChatRoom()
    clients = [asyncio.create_task(client(room, n, room.join(n))) for n in ("ann", "ben", "cat")]
    await room.say("ann", "hi all")
    await room.say("ben", "hey ann")
    room.leave("cat")
    await room.say("ann", "where did cat go?")
    room.leave("ann")
    room.leave("ben")
    await asyncio.gather(*clients)


asyncio.run(main())
