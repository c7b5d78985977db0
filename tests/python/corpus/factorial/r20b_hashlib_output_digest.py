# Harness compares a digest of the captured student output with the model answer's digest.
import asyncio, hashlib, io
from contextlib import redirect_stdout

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

def run_student():
    buf = io.StringIO()
    with redirect_stdout(buf):
        print('Main - Starting')
        asyncio.run(calculate_factorials([5, 7, 3, 6]))
        print('Main - Done')
    return buf.getvalue()

MODEL = 'Main - Starting\n[120, 5040, 6, 720]\nMain - Done\n'
got = run_student()
for algo in ('md5', 'sha1', 'sha256'):
    a = hashlib.new(algo, got.encode()).hexdigest()
    b = hashlib.new(algo, MODEL.encode()).hexdigest()
    print(f'{algo:<7} {a[:16]} match={a == b}')
print(hashlib.sha256(b'x').digest()[:4], len(hashlib.sha256().digest()))
