# my own awaitable: __await__ is a generator that yields the value straight away
import asyncio

class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield self.value
        return self.value

async def main():
    x = await Ready(5)
    print("got", x)

asyncio.run(main())
