# tutorial 4.8.7-4.8.8: docstrings and function annotations
def my_function():
    """Do nothing, but document it.

    No, really, it doesn't do anything.
    """
    pass
print(my_function.__doc__)
def f(ham: str, eggs: str = 'eggs') -> str:
    print("Annotations:", f.__annotations__)
    print("Arguments:", ham, eggs)
    return ham + ' and ' + eggs
print(f('spam'))
def g(x: int, *args: 'many', y: list[int] = [], **kw: dict) -> None: pass
print(g.__annotations__)
print(f(42))
