# A chat room: members join, messages fan out to every other member's queue, then all leave
import asyncio

class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    async def say(self, sender, text):
        for name, q in self.members.items():
            if name != sender:
                await q.put(f"{sender}: {text}")

    async def close(self):
        for q in self.members.values():
            await q.put(None)

async def member(name, inbox, transcript):
    while (msg := await inbox.get()) is not None:
        transcript.append(f"[{name}] {msg}")

async def main():
    room, transcript = Room(), []
    tasks = [asyncio.create_task(member(n, room.join(n), transcript)) for n in ("ann", "bo", "cy")]
    await room.say("ann", "hi all")
    await room.say("cy", "hey ann")
    await room.close()
    await asyncio.gather(*tasks)
    print("\n".join(transcript))

asyncio.run(main())
