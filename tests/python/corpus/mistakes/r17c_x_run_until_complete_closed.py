# run_until_complete on a loop already closed: RuntimeError Event loop is closed, and a never-awaited warning
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    return n


loop = asyncio.new_event_loop()
print(loop.run_until_complete(factorial(3)))
loop.close()
print(loop.run_until_complete(factorial(4)))
