# A NodeVisitor counting what a program uses, and a NodeTransformer renaming names
import ast

code = '''
import asyncio
import random

async def fetch(i):
    await asyncio.sleep(random.random())
    return i * i

async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(5)]
    done = await asyncio.gather(*tasks)
    total = sum(done)
    if total > 10 and total % 2 == 0:
        print("even", total)
    else:
        print("other", total)

asyncio.run(main())
'''

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)

    def visit_Call(self, node):
        print("call:", ast.unparse(node.func), "line", node.lineno, "col", node.col_offset)
        self.generic_visit(node)

tree = ast.parse(code)
c = Counter()
c.visit(tree)
for name in sorted(c.counts):
    print(f"{name:18} {c.counts[name]}")

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "total":
            return ast.copy_location(ast.Name(id="grand_total", ctx=node.ctx), node)
        return node

    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.Constant(node.value * 100)
        return node

new = ast.fix_missing_locations(Rename().visit(tree))
print(ast.unparse(new))
print([n.lineno for n in ast.walk(new) if isinstance(n, ast.Constant)])
