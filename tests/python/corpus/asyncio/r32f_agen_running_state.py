# ag_running and concurrent anext() calls on one async generator from two tasks
import asyncio

async def slow_numbers():
    for i in range(3):
        await asyncio.sleep(0.02)
        yield i

async def main():
    g = slow_numbers()
    print("running before:", g.ag_running, "frame line:", g.ag_frame.f_lineno)
    first = asyncio.create_task(anext(g))
    await asyncio.sleep(0.005)
    print("running while suspended in sleep:", g.ag_running)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("first:", await first)
    print(g.__name__, g.__qualname__, type(g.ag_await))
    await g.aclose()
    print("frame after close:", g.ag_frame)

asyncio.run(main())
