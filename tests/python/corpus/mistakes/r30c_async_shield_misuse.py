# Passing a coroutine function (not called) to asyncio.shield.
import asyncio

async def save():
    await asyncio.sleep(0.01)
    return "saved"

async def main():
    print(await asyncio.shield(save()))
    print(await asyncio.shield(save))

asyncio.run(main())
