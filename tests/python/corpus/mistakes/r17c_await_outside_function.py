# await at the top level of a script: SyntaxError 'await' outside function
import asyncio


async def factorial(n):
    return 1 if n < 2 else n * await factorial(n - 1)

print('starting')
result = await factorial(5)
print(result)
