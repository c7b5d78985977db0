import asyncio

async def hello():
    await asyncio.sleep(0.01)
    return "hello"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(hello()))
loop.close()
print(loop.run_until_complete(hello()))
