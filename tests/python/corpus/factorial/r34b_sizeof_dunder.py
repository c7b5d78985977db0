# Comparing memory use of a factorial stored as an int, a str and a list of digits, with __sizeof__.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    v = await factorial(100)
    forms = {"int": v, "str": str(v), "digits list": [int(d) for d in str(v)], "tuple": tuple(str(v))}
    sizes = {name: obj.__sizeof__() for name, obj in forms.items()}
    for name in sorted(sizes, key=sizes.get):
        print(f"{name:<12} {sizes[name]:>6} bytes")
    print("int smaller than str:", sizes["int"] < sizes["str"])


asyncio.run(main())
