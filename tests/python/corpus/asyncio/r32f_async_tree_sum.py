# Recursive async traversal of a tree with gather at each level
import asyncio

tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}, {"value": 5, "children": []}]},
    {"value": 3, "children": [{"value": 6, "children": [{"value": 7, "children": []}]}]},
]}

async def visit(node, depth=0, order=None):
    await asyncio.sleep(0.001 * node["value"])
    order.append((depth, node["value"]))
    sums = await asyncio.gather(*(visit(c, depth + 1, order) for c in node["children"]))
    return node["value"] + sum(sums)

async def main():
    order = []
    total = await visit(tree, order=order)
    print("total:", total)
    print("by depth:", sorted(order))
    print("max depth:", max(d for d, _ in order))

asyncio.run(main())
