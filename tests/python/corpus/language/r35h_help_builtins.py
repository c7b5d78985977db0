# help() of builtins and of a program's own functions, as pydoc prints them where stdout is no terminal
import asyncio, math
def mine(a, b=2):
    """Add them.

    Really."""
    return a + b
async def worker(n):
    return n
help(len)
help(asyncio.sleep)
help(mine)
help(worker)
help(math.factorial)
help(str.split)
help('a'.upper)
help(lambda x: x)
