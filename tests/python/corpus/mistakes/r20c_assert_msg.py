# assert with message, expression, and multiline condition
def check(items):
    assert isinstance(items, list), f"expected list, got {type(items).__name__}"
    assert (
        len(items) > 0
        and items[0] > 0
    )
    return True

try:
    check((1,))
except AssertionError as e:
    print("caught:", e)
print(check([1]))
check([0])
