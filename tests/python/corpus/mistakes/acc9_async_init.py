# An async def __init__.
import asyncio

class Client:
    async def __init__(self, url):
        self.url = url
        await asyncio.sleep(0.1)

async def main():
    c = Client("a.com")
    print(c.url)

asyncio.run(main())
