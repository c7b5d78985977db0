# Mistake: a while loop with only a comment as its body at the end of the file.
import asyncio


async def poll():
    await asyncio.sleep(0.01)
    return True

while not asyncio.run(poll()):
    # keep polling until ready
