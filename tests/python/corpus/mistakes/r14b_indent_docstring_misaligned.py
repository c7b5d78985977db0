# Mistake: the code after a docstring is indented one space less than the docstring.
import asyncio


async def worker(n):
    """Sleep a little, then return n squared."""
   await asyncio.sleep(0.01)
    return n * n


print(asyncio.run(worker(4)))
