# A def with a return annotation and no colon.
async def factorial(n: int) -> int
    return n
