# Mixing the old and new styles: `yield from` inside an async def is a SyntaxError.
import asyncio


async def phase():
    result = yield from asyncio.sleep(0.1)
    return result


asyncio.run(phase())
