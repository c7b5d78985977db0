# Sum a tree concurrently: each node gathers its children recursively.
import asyncio

TREE = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}, {"value": 5, "children": []}]},
    {"value": 3, "children": [{"value": 6, "children": [{"value": 7, "children": []}]}]},
]}

visits = []

async def tree_sum(node, depth=0):
    visits.append((depth, node["value"]))
    await asyncio.sleep(0.001 * node["value"])
    child_sums = await asyncio.gather(*(tree_sum(c, depth + 1) for c in node["children"]))
    return node["value"] + sum(child_sums)

async def depth_of(node):
    if not node["children"]:
        return 1
    return 1 + max(await asyncio.gather(*map(depth_of, node["children"])))

async def main():
    print("sum:", await tree_sum(TREE))
    print("depth:", await depth_of(TREE))
    print("visit order by depth:", [v for _, v in sorted(visits)])

asyncio.run(main())
