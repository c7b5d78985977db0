# Event loop policy: new loop, set_event_loop, get_event_loop outside of a running loop
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = policy.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

async def where():
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(where()))
asyncio.set_event_loop(None)
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
