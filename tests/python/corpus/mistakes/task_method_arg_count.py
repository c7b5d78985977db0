import asyncio

class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self, n):
        await asyncio.sleep(0)
        return self.name * n

    def describe():
        return "worker"

async def main():
    w = Worker("x")
    print(await w.run(3))
    try:
        w.describe()
    except TypeError as e:
        print(e)
    try:
        Worker()
    except TypeError as e:
        print(e)
    try:
        len(1, 2)
    except TypeError as e:
        print(e)
    try:
        asyncio.sleep()
    except TypeError as e:
        print(e)
    await w.run()

asyncio.run(main())
