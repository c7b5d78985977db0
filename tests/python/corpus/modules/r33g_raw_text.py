# RawTextHelpFormatter keeps the line breaks in every help string too
import argparse

p = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.RawTextHelpFormatter,
                            description="Format a table.\n  - rows are lines\n  - cells split on commas")
p.add_argument("--align", choices=["left", "right", "center"], default="left",
               help="alignment of cells:\n  left   - flush left\n  right  - flush right\n  center - centred")
p.add_argument("--width", type=int, help="   width with leading spaces kept")
p.print_help()
