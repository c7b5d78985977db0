import asyncio


class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


async def main():
    async with Res("a") as a, Res("b") as b:
        print("inside", a, b)
    try:
        async with (
            Res("x") as x,
            Res("y") as y,
        ):
            raise KeyError(x + y)
    except KeyError as e:
        print("caught", e)
    lock, sem = asyncio.Lock(), asyncio.Semaphore(1)
    async with lock, sem:
        print(lock.locked(), sem.locked())
    print(lock.locked(), sem.locked())


asyncio.run(main())
