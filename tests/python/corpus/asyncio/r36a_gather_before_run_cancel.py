# A gather made before the loop runs is cancelled before running it: children are cancelled too
import asyncio


async def child(n):
    await asyncio.sleep(0.01)
    return n


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
kids = [loop.create_task(child(n)) for n in range(2)]
g = asyncio.gather(*kids)
print("cancel:", g.cancel())
try:
    loop.run_until_complete(g)
except asyncio.CancelledError:
    print("gather cancelled; kids:", [k.cancelled() for k in kids])
loop.close()
