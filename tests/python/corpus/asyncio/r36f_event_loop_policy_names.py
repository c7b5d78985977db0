# Tutorials that fiddle with the event loop policy (a Windows fix guarded by sys.platform).
import asyncio
import sys

if sys.platform == "win32":
    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(asyncio.DefaultEventLoopPolicy is type(policy))

async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop))
    print(isinstance(loop, asyncio.BaseEventLoop), loop.get_debug())
    return "ran"

print(asyncio.run(main()))
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
