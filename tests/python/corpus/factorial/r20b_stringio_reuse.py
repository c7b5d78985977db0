# Harness reuses one StringIO for each student run with seek/truncate and checks each capture.
import asyncio, io
from contextlib import redirect_stdout

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(r, end='')
    return r

buf = io.StringIO()
for n in [3, 10, 1]:
    buf.seek(0)
    buf.truncate()
    with redirect_stdout(buf) as target:
        asyncio.run(factorial(n))
    print(n, repr(buf.getvalue()), target is buf, buf.tell())
buf2 = io.StringIO()
for n in [10, 3]:
    buf2.seek(0)
    with redirect_stdout(buf2):
        asyncio.run(factorial(n))
print('forgot truncate:', repr(buf2.getvalue()))
buf2.close()
try:
    buf2.getvalue()
except ValueError as e:
    print('ValueError:', e)
