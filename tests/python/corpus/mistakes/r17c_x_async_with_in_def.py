# async with in a plain function: SyntaxError 'async with' outside async function
import asyncio

lock = asyncio.Lock()


def update(results, n, value):
    async with lock:
        results[n] = value
