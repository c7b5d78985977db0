# gathers made before their loop runs: their children are tasks of that
# loop from then on (named then, started when it runs, before the main),
# and a coroutine of the loop may await the gather
import asyncio


async def f(n):
    print('start', n, asyncio.current_task().get_name())
    await asyncio.sleep(0.01)
    return n


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather(f(1), f(2))
c = f(3)
g2 = asyncio.gather(c, c, f(4))
print(g, g2.done())


async def main():
    print('main', asyncio.current_task().get_name())
    print(await g, await g, g.done(), g.result())


loop.run_until_complete(main())
print(g, g2)
print(loop.run_until_complete(g2))


async def other():
    return asyncio.current_task().get_name()


print(loop.run_until_complete(other()))
loop.close()
