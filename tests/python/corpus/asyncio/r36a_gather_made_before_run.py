# A gather built on a fresh loop before run_until_complete, with a callback attached to it
import asyncio


async def part(n):
    await asyncio.sleep(0.01 * n)
    return n * 3


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [loop.create_task(part(n)) for n in (2, 1)]
g = asyncio.gather(*tasks)
g.add_done_callback(lambda f: print("gather done:", f.result()))
print("pending:", g.done())
print(loop.run_until_complete(g))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
asyncio.set_event_loop(None)
