# An async generator left half-consumed: its finally runs when asyncio.run shuts async generators down.
import asyncio

async def stream():
    try:
        for i in range(10):
            await asyncio.sleep(0.001)
            yield i
    finally:
        print("stream cleanup")

async def main():
    gen = stream()
    async for x in gen:
        print("got", x)
        if x == 2:
            break
    print("left the loop, main returns")
    keep.append(gen)

keep = []
asyncio.run(main())
print("after run")
