# a "lazy number" that can be awaited; __await__ just returns the number
import asyncio

class Lazy:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return self.n

async def main():
    print("before")
    value = await Lazy(7)
    print("value", value)

asyncio.run(main())
