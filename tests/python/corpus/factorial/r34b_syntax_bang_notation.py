# Writing the factorial the way it looks in maths: 5! in the code.
import asyncio


async def show():
    await asyncio.sleep(0.1)
    print("5! =", 5!)


asyncio.run(show())
