import asyncio


class Mailbox:
    def __init__(self):
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            self.items.append(item)
            self.cond.notify()

    async def get(self):
        # bug: waits without holding the condition's lock
        while not self.items:
            await self.cond.wait()
        return self.items.pop(0)


async def main():
    box = Mailbox()
    reader = asyncio.create_task(box.get())
    await asyncio.sleep(0.01)
    await box.put("hello")
    print(await reader)


asyncio.run(main())
