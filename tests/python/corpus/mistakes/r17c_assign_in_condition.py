# = instead of == in an if: SyntaxError "Maybe you meant '==' ..."
import asyncio


async def factorial(n):
    if n = 0:
        return 1
    return n * await factorial(n - 1)


print(asyncio.run(factorial(5)))
