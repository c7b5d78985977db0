# measuring the depth of a deep folder tree inside a coroutine with max(map(...))
import asyncio

def depth(node):
    return 1 + max(map(depth, node["kids"]), default=0)

async def scan(levels):
    await asyncio.sleep(0.01)
    root = node = {"kids": []}
    for _ in range(levels):
        child = {"kids": []}
        node["kids"].append(child)
        node = child
    return root

async def main():
    for levels in (10, 150, 300):
        tree = await scan(levels)
        print(levels, "levels ->", depth(tree))

asyncio.run(main())
