import asyncio


class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(f"- {k}: {v}" for k, v in errors.items()))


async def validate(record):
    await asyncio.sleep(0)
    errors = {k: "missing" for k in ("name", "email") if k not in record}
    if errors:
        raise ValidationError(errors)
    return record


async def main():
    print(await validate({"name": "x", "email": "y"}))
    await validate({"age": 3})


asyncio.run(main())
