# A formatter class that combines two of argparse's formatters, and a narrower one of my own
import argparse

class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass

class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=12, width=50)

desc = "Line one\n    indented line two"
for fc in (Both, Narrow):
    p = argparse.ArgumentParser(prog="combo", description=desc, formatter_class=fc)
    p.add_argument("--alpha-value", type=int, default=10, help="the alpha value used for blending layers together")
    p.add_argument("-b", default="x", help="b")
    p.print_help()
    print("-" * 10)
