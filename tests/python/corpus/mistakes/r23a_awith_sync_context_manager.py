import asyncio

class Connection:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *exc):
        print("close")

async def main():
    async with Connection() as conn:
        print("using", type(conn).__name__)

asyncio.run(main())
