# asyncio.get_event_loop() at module level as old tutorials write it, then run_until_complete
import asyncio

async def hello(name):
    await asyncio.sleep(0.05)
    print("hello", name)
    return len(name)

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello("world")))
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
