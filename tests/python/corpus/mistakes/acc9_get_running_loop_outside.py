# get_running_loop called outside a coroutine.
import asyncio

loop = asyncio.get_running_loop()
print(loop)
