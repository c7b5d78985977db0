# Peeking at a paused task's local variables through get_stack() frames, to debug where it is stuck
import asyncio

async def process(batch):
    done = []
    for item in batch:
        step = f"handling {item}"
        await asyncio.sleep(0.05 if item != "c" else 1)
        done.append(item)
    return done

async def main():
    t = asyncio.create_task(process(["a", "b", "c", "d"]), name="proc")
    await asyncio.sleep(0.3)
    frames = t.get_stack()
    print("frames:", len(frames))
    f = frames[0]
    print("function:", f.f_code.co_name)
    print("locals:", {k: v for k, v in sorted(f.f_locals.items())})
    print("line offset from def:", f.f_lineno - process.__code__.co_firstlineno)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("stack after cancel:", t.get_stack())

asyncio.run(main())
