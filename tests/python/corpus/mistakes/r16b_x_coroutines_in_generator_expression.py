# Coroutines made in a generator expression and an attribute read of another
import asyncio
async def fetch(n):
    return n
def run_all():
    print(sum(1 for _ in [fetch(1), fetch(2)]))
run_all()
print(fetch.__name__, fetch(3).__qualname__)
print("end")
