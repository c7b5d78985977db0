# An async context manager class and one from contextlib.asynccontextmanager around tasks
import asyncio
import contextlib


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0.01)
        print(f"close {self.name} ({et.__name__ if et else 'clean'})")
        return et is KeyError


@contextlib.asynccontextmanager
async def session(user):
    print("login", user)
    try:
        yield {"user": user}
    finally:
        print("logout", user)


async def main():
    async with Connection("db") as c, session("amy") as s:
        print(c.name, s)
    async with Connection("cache"):
        raise KeyError("missing")
    print("after suppressed KeyError")
    async with session("bob"):
        async with Connection("file"):
            raise OSError("disk")


asyncio.run(main())
