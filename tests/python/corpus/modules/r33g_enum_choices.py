# Using an Enum for choices: the help shows the members and the value converts by name
import argparse
import enum

class Color(enum.Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

    def __str__(self):
        return self.value

p = argparse.ArgumentParser(prog="enumcli")
p.add_argument("--color", type=Color, choices=list(Color), default=Color.RED, help="pick one")
p.add_argument("--shade", type=lambda s: Color[s.upper()], choices=list(Color))
p.print_help()
a = p.parse_args(["--color", "blue", "--shade", "green"])
print(a.color, a.shade, repr(a.color))
p.parse_args(["--color", "pink"])
