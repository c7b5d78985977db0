# Tasks still pending when main returns are cancelled by asyncio.run; their cleanup output order
import asyncio

cleaned = []


async def background(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished normally")
    except asyncio.CancelledError:
        cleaned.append(name)
        await asyncio.sleep(0)
        cleaned.append(name + "-done")
        raise


async def main():
    for name, delay in [("quick", 0.01), ("slow1", 5), ("slow2", 5)]:
        asyncio.create_task(background(name, delay), name=name)
    await asyncio.sleep(0.05)
    pending = sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task())
    print("pending at main's end:", pending)


asyncio.run(main())
print(sorted(cleaned))
