# The body of do_something lost its indentation.
import asyncio

async def do_something():
print('do_something - will wait for worker')

asyncio.run(do_something())
