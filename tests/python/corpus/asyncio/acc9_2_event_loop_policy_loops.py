# The default event loop policy: new_event_loop(), get/set_event_loop through it, and its loop's repr.
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = policy.new_event_loop()
print(repr(loop))
policy.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, policy.get_event_loop() is loop)
async def where():
    return asyncio.get_running_loop() is loop
print(loop.run_until_complete(where()))
loop.close()
print(repr(loop))
policy.set_event_loop(None)
try:
    policy.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
