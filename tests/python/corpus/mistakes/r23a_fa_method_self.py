import asyncio

class Store:
    def __init__(self):
        self.items = []

    async def save(self, item):
        await asyncio.sleep(0)
        self.items.append(item)

    async def save_all(self, items):
        for item in items:
            self.save(item)

async def main():
    store = Store()
    await store.save_all(["a", "b"])
    print("saved:", store.items)

asyncio.run(main())
