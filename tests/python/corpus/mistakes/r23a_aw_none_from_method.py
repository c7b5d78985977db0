import asyncio

class Client:
    def connect(self):
        print("connecting (sync)")

async def main():
    client = Client()
    await client.connect()
    print("connected")

asyncio.run(main())
