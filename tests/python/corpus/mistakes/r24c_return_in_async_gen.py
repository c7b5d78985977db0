# r24c_return_in_async_gen: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
async def numbers():
    yield 1
    return 5
