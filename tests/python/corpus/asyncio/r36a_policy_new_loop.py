# Get loops through the event loop policy; the policy's loop is reused until closed
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = policy.new_event_loop()
policy.set_event_loop(loop)
print(policy.get_event_loop() is loop)


async def where():
    return asyncio.get_event_loop_policy().get_event_loop() is asyncio.get_running_loop()


print(loop.run_until_complete(where()))
loop.close()
print(policy.get_event_loop() is loop, policy.get_event_loop().is_closed())
policy.set_event_loop(None)
policy.get_event_loop()
