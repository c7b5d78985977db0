# Copy a results object before changing it: copy.copy, copy.deepcopy and a pickle round trip.
import asyncio
import copy
import pickle


class Results:
    def __init__(self):
        self.values = {}
        self.notes = ["created"]

    def __repr__(self):
        return f"Results({self.values}, notes={self.notes})"


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r


async def main():
    res = Results()
    for n in (3, 5):
        res.values[n] = await factorial(n)
    shallow, deep = copy.copy(res), copy.deepcopy(res)
    res.notes.append("changed")
    res.values[7] = await factorial(7)
    print(res)
    print(shallow)
    print(deep)
    back = pickle.loads(pickle.dumps(deep))
    print(back, type(back).__name__, back.values == deep.values)


asyncio.run(main())
