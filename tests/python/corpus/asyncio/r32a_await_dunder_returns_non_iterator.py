# __await__ returning a list instead of an iterator
import asyncio

class Weird:
    def __await__(self):
        return [1, 2, 3]

async def main():
    print("about to await")
    await Weird()

asyncio.run(main())
