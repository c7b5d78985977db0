# r24c_unclosed_at_eof: a mistake as a learner makes it, and what CPython 3.11 says of it
def show(values):
    print(values)

show({"a": 1, "b": [2, 3]
