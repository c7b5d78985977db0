import asyncio

async def hello():
    await asyncio.sleep(0.01)
    return "hello"

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
print(loop.is_running(), loop.is_closed())
loop.close()
