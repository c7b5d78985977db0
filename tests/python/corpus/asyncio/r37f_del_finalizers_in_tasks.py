# Objects with __del__ held by coroutine locals are finalised as each task finishes (reference counting)
import asyncio

class Conn:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("finalise", self.name)

async def use(name, d):
    c = Conn(name)
    await asyncio.sleep(d)
    print("used", c.name)
    return len(name)

async def main():
    r = await asyncio.gather(use("db", 0.05), use("cache", 0.01))
    print("gathered", r)
    t = asyncio.create_task(use("late", 0.01))
    await asyncio.sleep(0.05)
    print("task done, result kept:", t.result())
    tmp = Conn("temp")
    del tmp
    print("end of main")

asyncio.run(main())
print("after run")
