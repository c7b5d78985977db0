# gather() and gather of nothing outside a running loop; its result and repr.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather()
print(type(g).__name__, g.done(), g.result())
print(repr(g))
async def two():
    return 2
g2 = asyncio.gather(two(), two())
print(repr(g2).split(' cb=')[0])
print(loop.run_until_complete(g2))
print(g2.cancel(), g2.done())
loop.close()
