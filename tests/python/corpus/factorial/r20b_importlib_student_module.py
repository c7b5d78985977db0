# Autograder imports the student's file as a module with importlib.util.
import asyncio, importlib.util, os, tempfile

SRC = '''import asyncio
async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r
print('student module imported as', __name__)
'''

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'submission.py')
    with open(path, 'w') as f:
        f.write(SRC)
    spec = importlib.util.spec_from_file_location('submission', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
print('has factorial:', hasattr(mod, 'factorial'))
print(asyncio.run(mod.factorial(6)))
