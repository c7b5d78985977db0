# gather with return_exceptions created before the loop runs, then its result after run_until_complete
import asyncio


async def ok():
    return "ok"


async def bad():
    raise ValueError("bad")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather(ok(), bad(), return_exceptions=True)
print(loop.run_until_complete(g))
print(g.done(), g.result())
g2 = asyncio.gather(ok(), bad())
try:
    loop.run_until_complete(g2)
except ValueError as e:
    print("ValueError:", e, "g2 exception:", repr(g2.exception()))
loop.close()
