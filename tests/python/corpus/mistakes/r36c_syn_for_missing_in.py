# looping over the workers with "of" like in JavaScript
import asyncio

async def main():
    names = ["a", "b"]
    for name of names:
        await asyncio.sleep(0.01)
        print(name)

asyncio.run(main())
