# Mistake: wait_for's arguments in the wrong order (timeout first).
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return "done"

async def main():
    result = await asyncio.wait_for(1.0, slow())
    print(result)

asyncio.run(main())
