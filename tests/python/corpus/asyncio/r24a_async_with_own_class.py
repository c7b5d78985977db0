import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("close", self.name, "exc:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

async def main():
    async with Connection("db") as conn, Connection("cache"):
        print("using", conn.name)
    async with Connection("tolerant"):
        raise KeyError("suppressed")
    print("KeyError was suppressed")
    async with Connection("strict"):
        raise IndexError("not suppressed")

asyncio.run(main())
