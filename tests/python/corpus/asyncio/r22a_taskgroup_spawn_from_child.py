# Children can add more tasks to their TaskGroup while it runs.
import asyncio

seen = []

async def visit(tg, node, tree):
    await asyncio.sleep(0.01)
    seen.append(node)
    for child in tree.get(node, []):
        tg.create_task(visit(tg, child, tree))

async def main():
    tree = {'root': ['a', 'b'], 'a': ['a1', 'a2'], 'b': ['b1'], 'a2': ['a2x']}
    async with asyncio.TaskGroup() as tg:
        tg.create_task(visit(tg, 'root', tree))
    print(seen)
    print(len(seen))

asyncio.run(main())
# (end of the program)
