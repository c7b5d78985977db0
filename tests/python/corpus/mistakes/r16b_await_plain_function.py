# await on the result of a plain function (a str)
import asyncio

def make_greeting(name):
    return "hello " + name

async def main():
    text = await make_greeting("ada")
    print(text)

asyncio.run(main())
