# Harness swaps sys.stderr for a StringIO to collect warnings from a student who forgot await.
import asyncio, gc, io, sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        result *= i
    return result

saved = sys.stderr
sys.stderr = collected = io.StringIO()
try:
    value = asyncio.run(factorial(5))
    gc.collect()
finally:
    sys.stderr = saved
text = collected.getvalue()
print('value:', value)
print('warning lines:', len(text.splitlines()))
print('mentions sleep:', "'sleep' was never awaited" in text)
print('line number given:', ':7:' in text)
