# A custom ExceptionGroup subclass collecting validation errors from gathered checks, with derive().
import asyncio

class ValidationErrors(ExceptionGroup):
    def derive(self, excs):
        return ValidationErrors(self.message, excs)

    def __str__(self):
        return f"{self.message}: " + "; ".join(map(str, self.exceptions))

async def validate(field, value):
    await asyncio.sleep(0)
    if not value:
        raise ValueError(f"{field} is required")
    if field == "age" and not value.isdigit():
        raise TypeError(f"{field} must be a number")

async def main():
    form = {"name": "", "age": "x1", "email": "a@b.c", "city": ""}
    results = await asyncio.gather(*(validate(k, v) for k, v in form.items()), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    eg = ValidationErrors("form invalid", errors)
    print(eg)
    values, others = eg.split(ValueError)
    print(type(values).__name__, values)
    print(type(others).__name__, others)
    try:
        raise eg
    except* TypeError as e:
        print("caught", type(e).__name__, e)
    except* ValueError as e:
        print("caught", type(e).__name__, len(e.exceptions))

asyncio.run(main())
