import asyncio


async def hello(loop):
    await asyncio.sleep(0.01, loop=loop)
    print("hello")


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(hello(loop))
finally:
    loop.close()
