# An error three coroutines deep, each awaiting the next.
import asyncio

async def read_config(name):
    await asyncio.sleep(0.01)
    return {"retries": "3"}[name]

async def connect():
    retries = int(await read_config("retries"))
    timeout = float(await read_config("timeout"))
    return retries, timeout

async def main():
    print("connecting")
    print(await connect())

asyncio.run(main())
