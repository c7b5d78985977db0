import asyncio

async def greedy():
    try:
        yield "item"
    except GeneratorExit:
        print("greedy: got GeneratorExit, yielding again")
        yield "refuse"
    print("greedy: finished")

async def main():
    g = greedy()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("drain:", await anext(g, "default"))
    print(await anext(g))

asyncio.run(main())
