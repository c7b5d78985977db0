# A resource with __del__ held in a coroutine's locals is finalised as soon as the task finishes
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("finalise", self.name)


async def use(name, delay):
    r = Resource(name)
    await asyncio.sleep(delay)
    return len(r.name)


async def main():
    t = asyncio.create_task(use("alpha", 0.01))
    print("result", await t)
    print("after awaiting alpha")
    u = asyncio.create_task(use("beta", 0.01))
    await asyncio.sleep(0.05)
    print("beta done:", u.done())
    del u
    print("main ends")


asyncio.run(main())
