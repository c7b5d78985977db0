# Looking at the tree of the chapter's worker: ast.dump with indent, then unparse back
import ast

source = """
async def worker(name: str, delay: float = 0.5) -> str:
    '''Sleep, then report.'''
    print(f'{name} starting', end='')
    await asyncio.sleep(delay)
    return f'{name!r} done after {delay:.1f}s'
"""
tree = ast.parse(source)
print(ast.dump(tree, indent=4))
func = tree.body[0]
print(type(func).__name__, func.name, func.lineno, func.end_lineno)
print("docstring:", ast.get_docstring(func))
print("args:", [a.arg for a in func.args.args], "defaults:", [ast.unparse(d) for d in func.args.defaults])
print("returns:", ast.unparse(func.returns))
print(ast.unparse(tree))
print(ast.dump(ast.parse("x = -1 ** 2 if a else b[1:2, ::3]"), annotate_fields=False))
print(ast.dump(ast.parse("del a.b, c[0]"), include_attributes=True))
