import asyncio


async def main():
    return "hi"


loop = asyncio.new_event_loop()
fut = loop.create_future()
try:
    asyncio.run(fut)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
loop.close()
print(asyncio.run(main()))
asyncio.run(None)
