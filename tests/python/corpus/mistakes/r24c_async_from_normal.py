import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def compute():
    result = add(2, 3)
    print("result is", type(result))
    return result

value = compute()
print(value + 1)
