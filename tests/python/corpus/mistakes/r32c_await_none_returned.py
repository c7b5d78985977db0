# An async helper returns a plain function call's None, which is then awaited.
import asyncio

def log(msg):
    print("log:", msg)

async def main():
    await log("starting")
    await asyncio.sleep(0.01)

asyncio.run(main())
