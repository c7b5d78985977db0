# An async generator that yields again in its finally block: aclose() complains
import asyncio


async def stubborn():
    try:
        yield 1
        yield 2
    finally:
        print("cleaning up")
        yield "one more"


async def main():
    gen = stubborn()
    print(await gen.__anext__())
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await anext(gen, "finished"))
    print(await anext(gen, "finished"))


asyncio.run(main())
