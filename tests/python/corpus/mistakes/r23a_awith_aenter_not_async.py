import asyncio

class Session:
    def __aenter__(self):
        print("entering")
        return self

    async def __aexit__(self, *exc):
        print("exiting")

async def main():
    async with Session() as s:
        print("inside")

asyncio.run(main())
