import asyncio

class Session:
    async def __aenter__(self):
        print("entering")
        return self

    def __aexit__(self, exc_type, exc, tb):
        print("exiting")

async def main():
    async with Session():
        print("inside")
    print("after")

asyncio.run(main())
