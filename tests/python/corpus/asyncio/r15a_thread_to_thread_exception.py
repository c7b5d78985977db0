# An exception raised in a to_thread function reaches the awaiting coroutine
import asyncio

def read_config(name):
    config = {"host": "localhost"}
    return config[name]

async def main():
    print(await asyncio.to_thread(read_config, "host"))
    try:
        await asyncio.to_thread(read_config, "port")
    except KeyError as e:
        print("KeyError from the thread:", e)
    await asyncio.to_thread(read_config, "user")

asyncio.run(main())
