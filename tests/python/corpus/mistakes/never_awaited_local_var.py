# A coroutine stored in a local variable, never awaited: warned when the function returns
import asyncio

async def save(data):
    await asyncio.sleep(0)
    print("saved", data)

def handler(data):
    pending = save(data)
    print("handler returns")
    return len(data)

async def main():
    print(handler("abc"))
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
