# A custom ExceptionGroup subclass with __new__ and __init__ taking batch_id; derive() keeps it through split and except*
import asyncio

class BatchErrors(ExceptionGroup):
    def __new__(cls, msg, excs, batch_id=None):
        self = super().__new__(cls, msg, excs)
        self.batch_id = batch_id
        return self

    def __init__(self, msg, excs, batch_id=None):
        super().__init__(msg, excs)

    def derive(self, excs):
        return BatchErrors(self.message, excs, self.batch_id)

async def check(n):
    await asyncio.sleep(0)
    if n % 2:
        return ValueError(n)
    return TypeError(n)

async def main():
    errs = await asyncio.gather(*(check(n) for n in range(4)))
    group = BatchErrors("batch failed", errs, batch_id=17)
    vals, others = group.split(ValueError)
    print(type(vals).__name__, vals.batch_id, vals.exceptions)
    try:
        raise group
    except* TypeError as eg:
        print("except* got", type(eg).__name__, eg.batch_id, eg.exceptions)
    except* ValueError as eg:
        print("except* got", type(eg).__name__, eg.batch_id, eg.exceptions)

asyncio.run(main())
