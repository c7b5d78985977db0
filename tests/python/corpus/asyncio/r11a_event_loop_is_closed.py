import asyncio


async def ping():
    await asyncio.sleep(0.01)
    return "pong"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(ping()))
loop.close()
print(loop.run_until_complete(ping()))
