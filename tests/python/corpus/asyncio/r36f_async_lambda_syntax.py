# Mistake: trying to write an "async lambda" for a callback.
import asyncio

handlers = {
    "ping": async lambda: "pong",
}

async def main():
    print(await handlers["ping"]())

asyncio.run(main())
