# counting nodes of a tree after awaiting it; the count recurses with sum over a generator
import asyncio

def count(node):
    return 1 + sum(count(c) for c in node["kids"])

async def load():
    await asyncio.sleep(0.01)
    leaf = {"kids": []}
    root = {"kids": [leaf, {"kids": []}]}
    return root, leaf

async def main():
    root, leaf = await load()
    print(count(root))
    leaf["kids"].append(root)
    print(count(root))

asyncio.run(main())
