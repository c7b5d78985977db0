# A def with a return annotation and no colon.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

async def factorial(n: int) -> int
    return n
