# A descriptor that validates the number a Task holds, with __set_name__.
import asyncio

class NonNegativeInt:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be an int, got {value!r}")
        if value < 0:
            raise ValueError(f"{self.public} must be non-negative, got {value}")
        setattr(obj, self.private, value)

class Task:
    n = NonNegativeInt()

    def __init__(self, n):
        self.n = n

    async def factorial(self):
        r = 1
        for i in range(1, self.n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r

async def main():
    print(type(Task.n).__name__, Task.n.private)
    tasks = []
    for n in [4, -3, True, "6", 6]:
        try:
            tasks.append(Task(n))
        except (TypeError, ValueError) as e:
            print(f"{type(e).__name__}: {e}")
    print(vars(tasks[0]))
    print(await asyncio.gather(*(t.factorial() for t in tasks)))

asyncio.run(main())
