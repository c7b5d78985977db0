# break in a coroutine but outside any loop: SyntaxError 'break' outside loop
import asyncio


async def factorial(n):
    f = 1
    i = 1
    if i > n:
        break
    return f
