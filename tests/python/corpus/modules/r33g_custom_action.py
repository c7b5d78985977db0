# A custom Action class that uppercases and records each value it sees
import argparse

class UpperAction(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None and nargs != "+":
            raise ValueError("only nargs='+' allowed")
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"called with {values!r} via {option_string!r}")
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)

p = argparse.ArgumentParser()
p.add_argument("--name", action=UpperAction)
p.add_argument("--tags", action=UpperAction, nargs="+")
p.add_argument("word", action=UpperAction)
print(p.parse_args(["hello", "--name", "bob", "--tags", "a", "b"]))
try:
    p.add_argument("--bad", action=UpperAction, nargs=2)
except ValueError as e:
    print("ValueError:", e)
