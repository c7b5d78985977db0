# Async __call__, async classmethod factory and async staticmethod on one class
import asyncio

class Client:
    def __init__(self, url, token):
        self.url, self.token = url, token

    @classmethod
    async def connect(cls, url):
        await asyncio.sleep(0.01)
        return cls(url, token=f"tok-{len(url)}")

    @staticmethod
    async def ping():
        await asyncio.sleep(0)
        return "pong"

    async def __call__(self, path):
        await asyncio.sleep(0)
        return f"GET {self.url}{path} [{self.token}]"

async def main():
    c = await Client.connect("https://api.example")
    print(await c("/items"), await Client.ping(), await c.ping())
    print(asyncio.iscoroutinefunction(Client.connect), asyncio.iscoroutinefunction(c))
    print(await asyncio.gather(*(c(f"/p/{i}") for i in range(2))))
    result = c("/forgot-await")
    print(type(result).__name__)
    result.close()

asyncio.run(main())
