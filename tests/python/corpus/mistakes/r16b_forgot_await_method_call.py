# A forgotten await on a coroutine method, then .upper() on its result
import asyncio

class Greeter:
    async def greet(self, name):
        await asyncio.sleep(0.01)
        return f"hello {name}"

async def main():
    g = Greeter()
    text = g.greet("ada")
    print(text.upper())

asyncio.run(main())
