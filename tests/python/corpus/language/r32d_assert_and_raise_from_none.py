# assert statements with messages, raise ... from None to hide context, and an uncaught AssertionError
def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"age must be a whole number, not {text!r}") from None
    assert 0 <= age < 150, f"unrealistic age {age}"
    return age


for t in ["42", "x", "200"]:
    try:
        print(parse_age(t))
    except (ValueError, AssertionError) as e:
        print(type(e).__name__, e, e.__context__ is not None, e.__suppress_context__)
assert isinstance(3, int)
assert [], "empty list is falsy"
