# An autograder checks a student's factorial solution with ast: async def, awaits, no time.sleep
import ast

STUDENT = '''
import asyncio, time, math

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(f"Task {name}: Compute factorial({n}), currently i={i}...")
        time.sleep(0.1)
        f *= i
    return f

async def main():
    results = await asyncio.gather(factorial("A", 2), factorial("B", 3))
    print(results)

asyncio.run(main())
'''

tree = ast.parse(STUDENT, filename="student.py")
problems = []
coroutines = [n.name for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef)]
print("coroutines:", coroutines)
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        target = ast.unparse(node.func)
        if target == "time.sleep":
            problems.append(f"line {node.lineno}: blocking call {ast.unparse(node)}")
awaits = [ast.unparse(n.value) for n in ast.walk(tree) if isinstance(n, ast.Await)]
print("awaits:", awaits)
gathers = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func).endswith("gather")]
print("gather calls:", len(gathers), "with", [len(g.args) for g in gathers], "arguments")
imports = sorted(a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names)
print("imports:", imports)
for p in problems:
    print("PROBLEM", p)
print("score:", 10 - 3 * len(problems))
