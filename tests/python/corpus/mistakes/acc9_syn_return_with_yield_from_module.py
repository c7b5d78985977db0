# await in a class body inside a coroutine.
import asyncio

async def main():
    class Config:
        value = await asyncio.sleep(0, result=3)
    print(Config.value)

asyncio.run(main())
