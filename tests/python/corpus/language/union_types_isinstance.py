# 3.10+ union types in isinstance and annotations
def describe(x: int | str | None) -> str:
    if isinstance(x, int | float):
        return f"number {x}"
    if isinstance(x, (str, bytes)):
        return f"text {x!r}"
    return "nothing"

print(describe(3), describe("s"), describe(None), describe(2.5))
print(describe.__annotations__)
print(int | str, type(int | None).__name__, (int | str) == (str | int))
print(issubclass(bool, int | str), isinstance([], list[int].__origin__))
