# call_at with computed deadlines, call_soon between them, and TimerHandle.when() relative to start
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    order = []
    done = loop.create_future()
    handles = []
    for name, offset in [("late", 0.2), ("early", 0.05), ("mid", 0.12)]:
        h = loop.call_at(start + offset, order.append, name)
        handles.append((name, h))
    loop.call_soon(order.append, "soon")
    loop.call_at(start + 0.3, done.set_result, None)
    for name, h in handles:
        print(name, round(h.when() - start, 2), h.cancelled())
    handles[2][1].cancel()
    print("mid cancelled:", handles[2][1].cancelled())
    await done
    print(order)


asyncio.run(main())
