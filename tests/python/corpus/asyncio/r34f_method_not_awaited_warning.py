# Forgetting await on an async method inside another method: the save never happens.
import asyncio

class Model:
    def __init__(self, name):
        self.name = name
        self.saved = False

    async def save(self):
        await asyncio.sleep(0.01)
        self.saved = True

    async def update(self, name):
        self.name = name
        self.save()
        return self

async def main():
    m = await Model("draft").update("final")
    await asyncio.sleep(0.02)
    print(m.name, "saved:", m.saved)
    await m.save()
    print(m.name, "saved:", m.saved)

asyncio.run(main())
