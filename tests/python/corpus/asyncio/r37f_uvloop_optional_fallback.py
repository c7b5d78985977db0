# Use uvloop if it is installed, else fall back to the default event loop, as many READMEs suggest
import asyncio

try:
    import uvloop
except ImportError as e:
    uvloop = None
    print("no uvloop:", type(e).__name__, e.name)

async def main():
    loop = asyncio.get_running_loop()
    print("loop class:", type(loop).__name__)
    policy = asyncio.get_event_loop_policy()
    print("policy class:", type(policy).__name__)
    return sum([await asyncio.sleep(0.01, result=i) for i in range(4)])

if uvloop is not None:
    uvloop.install()
print("result:", asyncio.run(main()))
