import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    async def close(self):
        await asyncio.sleep(0.01)
        print("closed", self.name)

async def use_resource(name):
    res = Resource(name)
    try:
        while True:
            await asyncio.sleep(0.2)
            print(name, "working")
    finally:
        await res.close()

async def main():
    t = asyncio.create_task(use_resource("db"))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled cleanly:", t.cancelled())

asyncio.run(main())
