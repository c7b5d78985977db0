# raising things that are not exceptions, bad causes, bad constructors
class NeedsArg(Exception):
    def __init__(self, code):
        super().__init__(code)

tests = [
    "raise 5",
    "raise 'oops'",
    "raise ValueError from 5",
    "raise NeedsArg",
    "raise int",
]
for src in tests:
    try:
        exec(src)
    except TypeError as e:
        print(e)
raise ValueError("x") from "cause"
