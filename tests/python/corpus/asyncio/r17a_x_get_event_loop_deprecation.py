# get_event_loop() outside a running loop in 3.11: a DeprecationWarning, then a loop
import asyncio
import warnings

warnings.simplefilter('always', DeprecationWarning)

async def answer():
    return 42

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running())
print(loop.run_until_complete(answer()))
print(asyncio.get_event_loop() is loop)
loop.close()
