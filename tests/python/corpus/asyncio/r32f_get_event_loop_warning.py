# Old tutorial: asyncio.get_event_loop() at module level then run_until_complete
import asyncio

async def count():
    for i in range(3):
        print("count", i)
        await asyncio.sleep(0.01)

loop = asyncio.get_event_loop()
loop.run_until_complete(count())
print(loop is asyncio.get_event_loop())
loop.close()
