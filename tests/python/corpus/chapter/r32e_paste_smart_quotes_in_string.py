# curly quotes inside a normal string are fine, right?
import asyncio

async def worker():
    print('worker says “hello” and it’s fine')
    await asyncio.sleep(0.01)
    return '‘42’'

result = asyncio.run(worker())
print('result:', result, len(result))
print(ascii(result))
